using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Testing.Generators;

/// <summary>
/// FsCheck generators of consistent organisations: every value is a valid
/// <see cref="OrganizationSnapshot"/> made by <see cref="SyntheticOrganization"/> from generated
/// <see cref="SyntheticOrganizationOptions"/> (seed, size, years), and shrinks towards fewer
/// employees and fewer years of history.
/// </summary>
/// <remarks>
/// <para>Register the class with FsCheck.Xunit, <c>[Property(Arbitrary = new[] { typeof(OrganizationArbitraries) })]</c>,
/// to receive <see cref="OrganizationSnapshot"/> and <see cref="SyntheticOrganizationOptions"/>
/// parameters; or use the building blocks directly with <c>Prop.ForAll</c>.</para>
/// <para>Building your own ("an organisation where every manager is new"): start from
/// <see cref="OptionsGen(int, int)"/> (or your own <see cref="Gen{T}"/> of options), then pass a
/// <c>transform</c> that post-processes each generated snapshot and/or a <c>filter</c> that keeps
/// only the ones you want to <see cref="Organizations(Gen{SyntheticOrganizationOptions}, Func{OrganizationSnapshot, OrganizationSnapshot}?, Func{OrganizationSnapshot, bool}?)"/>.
/// Shrinking reapplies both, so a shrunk counterexample still has your shape.</para>
/// <para>Generated snapshots are shared by the shrinker: never mutate one. Use
/// <see cref="Copy(OrganizationSnapshot)"/> for a private copy to change.</para>
/// </remarks>
public static class OrganizationArbitraries
{
    /// <summary>The default largest organisation generated, in employees (FsCheck's size caps it further).</summary>
    public const int DefaultMaxEmployees = 30;

    /// <summary>The default most years of history generated.</summary>
    public const int DefaultMaxYears = 3;

    private static readonly ConditionalWeakTable<OrganizationSnapshot, Recipe> Recipes = [];

    /// <summary>Gets the arbitrary of organisations of up to <see cref="DefaultMaxEmployees"/> employees, for FsCheck registration.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganizationSnapshot> Organization() => Organizations(OptionsGen());

    /// <summary>Gets the arbitrary of synthetic-organisation options, shrinking towards fewer employees and years, for FsCheck registration.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SyntheticOrganizationOptions> Options() => Arb.From(OptionsGen(), ShrinkOptions);

    /// <summary>
    /// Generates options: any seed, 1 to <paramref name="maxEmployees"/> employees (bounded by
    /// FsCheck's size, so early tests are small), 1 to <paramref name="maxYears"/> years, a span of
    /// control of 2 to 8, pay and potential two times in three, and the default reference date.
    /// </summary>
    /// <param name="maxEmployees">The most employees; at least 1.</param>
    /// <param name="maxYears">The most years of history; 1 to 10.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is out of range.</exception>
    public static Gen<SyntheticOrganizationOptions> OptionsGen(int maxEmployees = DefaultMaxEmployees, int maxYears = DefaultMaxYears)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEmployees, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxYears, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxYears, 10);
        return from seed in Gen.Choose(0, int.MaxValue - 1)
               from employees in Gen.Sized(n => Gen.Choose(1, Math.Clamp(n, 1, maxEmployees)))
               from years in Gen.Choose(1, maxYears)
               from span in Gen.Choose(2, 8)
               from pay in Gen.Elements(true, true, false)
               select new SyntheticOrganizationOptions { Seed = seed, Employees = employees, Years = years, MeanSpanOfControl = span, PayAndPotential = pay };
    }

    /// <summary>Shrinks options: towards 1 employee (then half, then one fewer), towards 1 year and towards no pay and potential; the seed is kept.</summary>
    /// <param name="options">The options to shrink.</param>
    /// <returns>Smaller options, most aggressive first.</returns>
    public static IEnumerable<SyntheticOrganizationOptions> ShrinkOptions(SyntheticOrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Employees > 1)
        {
            yield return options with { Employees = 1 };
            if (options.Employees / 2 > 1)
            {
                yield return options with { Employees = options.Employees / 2 };
            }

            if (options.Employees - 1 > options.Employees / 2)
            {
                yield return options with { Employees = options.Employees - 1 };
            }
        }

        if (options.Years > 1)
        {
            yield return options with { Years = options.Years - 1 };
        }

        if (options.PayAndPotential)
        {
            yield return options with { PayAndPotential = false };
        }
    }

    /// <summary>
    /// Makes an arbitrary of organisations from a generator of options, with an optional
    /// post-processing step and an optional filter; shrinking shrinks the options
    /// (<see cref="ShrinkOptions(SyntheticOrganizationOptions)"/>) and reapplies both.
    /// </summary>
    /// <param name="options">The generator of options, e.g. <see cref="OptionsGen(int, int)"/>.</param>
    /// <param name="transform">Makes a new snapshot from a generated one (for instance with every manager rehired recently); optional. It must be deterministic and must not mutate its argument.</param>
    /// <param name="filter">Keeps only the snapshots it accepts; optional. Keep it likely to pass, as FsCheck gives up after many rejections.</param>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OrganizationSnapshot> Organizations(
        Gen<SyntheticOrganizationOptions> options,
        Func<OrganizationSnapshot, OrganizationSnapshot>? transform = null,
        Func<OrganizationSnapshot, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var gen = options.Select(o => Build(new Recipe(o, transform))).Where(s => filter is null || filter(s));
        return Arb.From(gen, Shrink);

        IEnumerable<OrganizationSnapshot> Shrink(OrganizationSnapshot snapshot)
        {
            if (!Recipes.TryGetValue(snapshot, out var recipe))
            {
                yield break;
            }

            foreach (var smaller in ShrinkOptions(recipe.Options))
            {
                var candidate = Build(recipe with { Options = smaller });
                if (filter is null || filter(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>Generates organisations from a generator of options (no shrinking: use <see cref="Organizations(Gen{SyntheticOrganizationOptions}, Func{OrganizationSnapshot, OrganizationSnapshot}?, Func{OrganizationSnapshot, bool}?)"/> for that).</summary>
    /// <param name="options">The generator of options; <see langword="null"/> for <see cref="OptionsGen(int, int)"/>.</param>
    /// <returns>The generator.</returns>
    public static Gen<OrganizationSnapshot> OrganizationGen(Gen<SyntheticOrganizationOptions>? options = null) =>
        (options ?? OptionsGen()).Select(o => Build(new Recipe(o, null)));

    /// <summary>Generates as-of dates around a snapshot's reference date: from <paramref name="daysBefore"/> days before to <paramref name="daysAfter"/> days after.</summary>
    /// <param name="referenceDate">The reference date.</param>
    /// <param name="daysBefore">How far back; 0 or more.</param>
    /// <param name="daysAfter">How far ahead; 0 or more.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> AsOfGen(LocalDate referenceDate, int daysBefore = 420, int daysAfter = 60)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(daysBefore);
        ArgumentOutOfRangeException.ThrowIfNegative(daysAfter);
        return Gen.Choose(-daysBefore, daysAfter).Select(referenceDate.PlusDays);
    }

    /// <summary>Gets the options a generated snapshot was made from, if it was made by this class.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="options">The options, when found.</param>
    /// <returns>Whether the snapshot was made here.</returns>
    public static bool TryGetOptions(OrganizationSnapshot snapshot, out SyntheticOrganizationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var found = Recipes.TryGetValue(snapshot, out var recipe);
        options = recipe?.Options;
        return found;
    }

    /// <summary>Makes a private deep copy of a snapshot (through its JSON form), safe to mutate.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>An equal, independent snapshot.</returns>
    public static OrganizationSnapshot Copy(OrganizationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return SnapshotReader.Read(SnapshotWriter.Write(snapshot, indented: false));
    }

    private static OrganizationSnapshot Build(Recipe recipe)
    {
        var snapshot = SyntheticOrganization.Generate(recipe.Options);
        if (recipe.Transform is { } transform)
        {
            snapshot = transform(snapshot);
        }

        Recipes.AddOrUpdate(snapshot, recipe);
        return snapshot;
    }

    private sealed record Recipe(SyntheticOrganizationOptions Options, Func<OrganizationSnapshot, OrganizationSnapshot>? Transform);
}
