using PerfDomain.Snapshots;

namespace PerfDomain.Testing.Generation;

/// <summary>
/// Makes synthetic organisations of any size from a seed: valid, deterministic and realistic enough
/// to exercise every default policy, fast enough for benchmarks (100,000 employees in seconds).
/// </summary>
/// <remarks>
/// <para>Everything is built through the public domain API, so the result is a valid
/// <see cref="OrganizationSnapshot"/> (the constructor checks it), every aggregate with its domain
/// events cleared. Work and memory grow linearly with <see cref="SyntheticOrganizationOptions.Employees"/>.</para>
/// <para>What an organisation holds, with the default options:</para>
/// <list type="bullet">
/// <item><description>a management tree: a CEO, then managers with about
/// <see cref="SyntheticOrganizationOptions.MeanSpanOfControl"/> direct reports each, level by level
/// (4 levels for 100 people, 5 for 1,000, 7 for 100,000); a company unit, a department unit per
/// CEO report and a team unit per manager below them;</description></item>
/// <item><description>hire dates over the last 9 years (managers before their reports), about 2%
/// on probation (hired in the last 90 days), 3% on leave, 3% back from a leave (some longer than
/// 90 days), 2% terminated, 15% with a role change (some in the last 30 days), 4% moved to
/// another manager and team;</description></item>
/// <item><description>two half-year cycles per year (five-point scale, "meets" = 3), each
/// employee's cycle record moved through the stages up to the reference date;</description></item>
/// <item><description>organisation, team and individual objectives (2–3 per person, weighted to
/// 100%, aligned to their team's objective) with key results and progress, about 12% of the current
/// cycle's key results at risk;</description></item>
/// <item><description>self and manager reviews with competency ratings; manager ratings drawn 5/15/55/20/5%
/// from 1 to 5; 92% calibrated in closed cycles (8% of those changed by one point, with a reason); the
/// cycle under review partly started and submitted;</description></item>
/// <item><description>check-ins every interval (30 days, 14 in probation, 7 during an improvement
/// plan) for the last 8 months, with gaps, and about 12% lapsed into overdue; downward, upward, peer
/// and self feedback notes;</description></item>
/// <item><description>consequences: improvement plans for about a third of the people with two
/// consecutive calibrated ratings below meets (some in progress, some due an outcome, some
/// concluded), and documented feedback for half of those people; development plans for half of the
/// people rated below meets, and mentoring plans for others; recognitions for half of the top
/// ratings and promotion nominations for some sustained high performers.</description></item>
/// </list>
/// </remarks>
public static class SyntheticOrganization
{
    /// <summary>Makes an organisation.</summary>
    /// <param name="options">What to make.</param>
    /// <returns>The snapshot, as of <see cref="SyntheticOrganizationOptions.ReferenceDate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static OrganizationSnapshot Generate(SyntheticOrganizationOptions options) => Generate(options, null);

    /// <summary>Makes an organisation, reporting progress as it goes.</summary>
    /// <param name="options">What to make.</param>
    /// <param name="progress">Told the fraction done, from 0 to 1, a few times per run; optional.</param>
    /// <returns>The snapshot, as of <see cref="SyntheticOrganizationOptions.ReferenceDate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static OrganizationSnapshot Generate(SyntheticOrganizationOptions options, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new OrganizationGenerator(options, progress).Run();
    }

    /// <summary>Generates an organisation, handing every domain event its aggregates record to <paramref name="recorded"/>, oldest first, before the generator clears them.</summary>
    /// <param name="options">The options.</param>
    /// <param name="recorded">Receives each event.</param>
    /// <returns>The organisation, as <see cref="Generate(SyntheticOrganizationOptions)"/> makes it.</returns>
    internal static OrganizationSnapshot GenerateRecording(SyntheticOrganizationOptions options, Action<IDomainEvent> recorded)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new OrganizationGenerator(options, null, recorded).Run();
    }
}
