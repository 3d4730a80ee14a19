using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Goals;

namespace PerfDomain.Tests.Properties;

/// <summary>An objective to set up: its level and the index of an earlier objective it aligns to (always a valid alignment).</summary>
public sealed record ObjectiveSpec(GoalLevel Level, int OwnerNumber, int? Parent);

/// <summary>A re-alignment to attempt: objective <paramref name="Child"/> to <paramref name="Parent"/> (or to none).</summary>
public sealed record AlignAttempt(int Child, int? Parent);

/// <summary>A valid goal tree and a sequence of re-alignments to attempt on it, any of which the rules may refuse.</summary>
public sealed record AlignmentScenario(ObjectiveSpec[] Objectives, AlignAttempt[] Attempts)
{
    public override string ToString() =>
        $"Objectives: [{string.Join(", ", Objectives.Select((o, i) => $"{i}:{o.Level}{(o.Parent is { } p ? "→" + p : string.Empty)}"))}]; " +
        $"Attempts: [{string.Join(", ", Attempts.Select(a => $"{a.Child}→{a.Parent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"))}]";
}

/// <summary>How a generated reweighting is put together once the owner's objectives are known.</summary>
public enum ReweightKind
{
    /// <summary>Shares scaled to total exactly 100.</summary>
    Exact,

    /// <summary>The raw shares, as percentages, whatever they total.</summary>
    Raw,

    /// <summary>Exact, but leaving out the owner's last objective.</summary>
    MissingOne,
}

/// <summary>One step of a weights scenario: add an objective, or reweight an owner's objectives.</summary>
public sealed record WeightOperation(int Owner, decimal? AddWeight, ReweightKind Kind, int[] Shares)
{
    public override string ToString() => AddWeight is { } w
        ? $"Add(owner {Owner}, {w}%)"
        : $"Reweight(owner {Owner}, {Kind}, [{string.Join(",", Shares)}])";
}

/// <summary>A sequence of weight operations over a few owners.</summary>
public sealed record WeightScenario(WeightOperation[] Operations)
{
    public override string ToString() => string.Join("; ", Operations.Select(o => o.ToString()));
}

/// <summary>A key result's start, target and a current value, all of realistic magnitude.</summary>
public sealed record KeyResultValues(decimal Start, decimal Target, decimal Current);

/// <summary>Generators of valid goal-area values.</summary>
public static class GoalsArbitraries
{
    public static readonly CycleId CycleId = new("c-prop");
    public static readonly LocalDate Day = new(2026, 1, 1);
    public static readonly GoalOwner[] Owners = [GoalOwner.Individual(new EmployeeId("e-1")), GoalOwner.Individual(new EmployeeId("e-2")), GoalOwner.Team(new OrgUnitId("u-1"))];

    public static Arbitrary<AlignmentScenario> Alignment() => Arb.From(AlignmentGen(), Shrink);

    public static Arbitrary<WeightScenario> Weights() => Arb.From(WeightGen(), s => ShrinkList.Smaller(s.Operations).Select(ops => new WeightScenario(ops)));

    public static Arbitrary<KeyResultValues> KeyResultValues() => Arb.From(
        from start in Amount()
        from target in Amount().Where(t => t != start)
        from current in Gen.OneOf(Amount(), Gen.Constant(start), Gen.Constant(target))
        select new KeyResultValues(start, target, current));

    public static ObjectiveId IdOf(int index) => new($"o-{index}");

    /// <summary>Builds the goal set of a scenario; every objective has weight 0, so weights never interfere.</summary>
    public static GoalSet Build(ObjectiveSpec[] specs)
    {
        var goals = new GoalSet(CycleId);
        for (var i = 0; i < specs.Length; i++)
        {
            var owner = specs[i].Level switch
            {
                GoalLevel.Organization => GoalOwner.Organization,
                GoalLevel.Team => GoalOwner.Team(new OrgUnitId($"u-{specs[i].OwnerNumber}")),
                _ => GoalOwner.Individual(new EmployeeId($"e-{specs[i].OwnerNumber}")),
            };
            goals.AddObjective(IdOf(i), owner, $"Objective {i}", 0, specs[i].Parent is { } p ? IdOf(p) : null, Day);
        }

        return goals;
    }

    private static Gen<decimal> Amount() =>
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from cents in Gen.Choose(0, 99)
        select units + (cents / 100m);

    private static Gen<AlignmentScenario> AlignmentGen() =>
        Gen.Sized(size =>
            from count in Gen.Choose(1, Math.Clamp(size, 1, 12))
            from levels in Gen.Elements(GoalLevel.Individual, GoalLevel.Team, GoalLevel.Organization).ListOf(count)
            from owners in Gen.Choose(1, 3).ListOf(count)
            from picks in Gen.Choose(-1, 1000).ListOf(count)
            let specs = Specs(levels, owners, picks)
            from attempts in Attempt(count).ListOf(Math.Clamp(size * 2, 1, 40))
            select new AlignmentScenario(specs, [.. attempts]));

    private static ObjectiveSpec[] Specs(IReadOnlyList<GoalLevel> levels, IReadOnlyList<int> owners, IReadOnlyList<int> picks)
    {
        var specs = new ObjectiveSpec[levels.Count];
        for (var i = 0; i < specs.Length; i++)
        {
            int? parent = picks[i] < 0 || i == 0 ? null : picks[i] % i;
            if (parent is { } p && levels[p] < levels[i])
            {
                parent = null;
            }

            specs[i] = new ObjectiveSpec(levels[i], owners[i], parent);
        }

        return specs;
    }

    private static Gen<AlignAttempt> Attempt(int count) =>
        from child in Gen.Choose(0, count - 1)
        from parent in Gen.Frequency((1, Gen.Constant<int?>(null)), (6, Gen.Choose(0, count - 1).Select(p => (int?)p)))
        select new AlignAttempt(child, parent);

    private static IEnumerable<AlignmentScenario> Shrink(AlignmentScenario scenario) =>
        ShrinkList.Smaller(scenario.Attempts).Select(attempts => scenario with { Attempts = attempts });

    private static Gen<WeightScenario> WeightGen() =>
        Gen.Sized(size =>
            from operations in Operation().ListOf(Math.Clamp(size, 1, 30))
            select new WeightScenario([.. operations]));

    private static Gen<WeightOperation> Operation()
    {
        var add =
            from owner in Gen.Choose(0, Owners.Length - 1)
            from hundredths in Gen.Frequency((3, Gen.Choose(0, 10_000)), (1, Gen.Choose(0, 4).Select(i => i * 2500)))
            select new WeightOperation(owner, hundredths / 100m, ReweightKind.Exact, []);
        var reweight =
            from owner in Gen.Choose(0, Owners.Length - 1)
            from kind in Gen.Elements(ReweightKind.Exact, ReweightKind.Exact, ReweightKind.Raw, ReweightKind.MissingOne)
            from shares in Gen.Choose(0, 60).ArrayOf(12)
            select new WeightOperation(owner, null, kind, shares);
        return Gen.Frequency((3, add), (2, reweight));
    }
}
