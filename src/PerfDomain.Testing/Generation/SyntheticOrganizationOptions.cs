using NodaTime;

namespace PerfDomain.Testing.Generation;

/// <summary>
/// What <see cref="SyntheticOrganization.Generate(SyntheticOrganizationOptions)"/> makes: how many
/// people, how many years of history, from which seed, as of which day.
/// </summary>
/// <remarks>
/// An immutable value. The same options always give the same organisation (the same JSON form,
/// byte for byte), on any machine: every random choice comes from one
/// <see cref="System.Random"/> seeded with <see cref="Seed"/>.
/// </remarks>
public sealed record SyntheticOrganizationOptions
{
    /// <summary>The largest organisation the generator makes.</summary>
    public const int MaxEmployees = 1_000_000;

    /// <summary>Gets how many employees to make, terminated ones included: 1 to <see cref="MaxEmployees"/>; 1,000 by default.</summary>
    public int Employees { get; init; } = 1_000;

    /// <summary>
    /// Gets how many calendar years of history to make: 1 to 10; 2 by default. Every year has two
    /// half-year cycles (H1, H2); cycles that start after <see cref="ReferenceDate"/> are left out,
    /// so the default as of 16 November 2026 gives 2025 H1, 2025 H2, 2026 H1 (closed) and 2026 H2
    /// (in its review window).
    /// </summary>
    public int Years { get; init; } = 2;

    /// <summary>Gets the seed of every random choice; 1 by default.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the day the organisation is described as of (the snapshot's reference date); 16 November 2026 by default.</summary>
    public LocalDate ReferenceDate { get; init; } = new(2026, 11, 16);

    /// <summary>Gets the mean number of direct reports of a manager: 2 to 50; 7 by default.</summary>
    public int MeanSpanOfControl { get; init; } = 7;

    /// <summary>
    /// Gets how many employees at most get individual objectives in each cycle: 0 or more; 1,000 by
    /// default (so organisations of up to 1,000 people have objectives for everyone).
    /// </summary>
    /// <remarks>
    /// In larger organisations whole teams are chosen (at random) until the limit is reached; the
    /// others have no objectives in that cycle, which the domain allows. The limit exists because
    /// <c>GoalSet.AddObjective</c> and the snapshot's weight check scan all of a cycle's objectives
    /// for each objective or owner (quadratic in the objectives of a cycle), so objectives for
    /// 100,000 people would take tens of minutes to build and to validate. Raise it for smaller
    /// organisations, or when those scans are indexed.
    /// </remarks>
    public int MaxGoalOwnersPerCycle { get; init; } = 1_000;

    /// <summary>
    /// Gets whether the organisation has pay (pay ranges per level and base pay for most employees) and potential
    /// assessments for most manager reviews; false by default, so that organisations made without it stay as they were.
    /// The rest of the organisation is the same either way.
    /// </summary>
    public bool PayAndPotential { get; init; }

    /// <summary>Throws unless every option is in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Employees, 1, nameof(Employees));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Employees, MaxEmployees, nameof(Employees));
        ArgumentOutOfRangeException.ThrowIfLessThan(Years, 1, nameof(Years));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Years, 10, nameof(Years));
        ArgumentOutOfRangeException.ThrowIfLessThan(MeanSpanOfControl, 2, nameof(MeanSpanOfControl));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MeanSpanOfControl, 50, nameof(MeanSpanOfControl));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxGoalOwnersPerCycle, nameof(MaxGoalOwnersPerCycle));
        if (ReferenceDate.Year is < 1900 or > 9000)
        {
            throw new ArgumentOutOfRangeException(nameof(ReferenceDate), ReferenceDate, "The reference date must lie between the years 1900 and 9000.");
        }
    }
}
