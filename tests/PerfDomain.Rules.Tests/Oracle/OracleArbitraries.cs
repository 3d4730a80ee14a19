using FsCheck;
using FsCheck.Fluent;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>Random rule sets and random insert/update/retract/fire sequences over small key and value ranges (so that joins collide).</summary>
public static class OracleArbitraries
{
    private static Gen<RuleSpec> Spec(Shape[] shapes) =>
        from shape in Gen.Elements(shapes)
        from t in Gen.Choose(0, 2)
        from k in Gen.Choose(0, 2)
        from priority in Gen.Choose(0, 2)
        from repeatable in Gen.Elements(true, false)
        select new RuleSpec(shape, t, k, priority, repeatable);

    /// <summary>
    /// Gets the shapes of the main comparison with NRules: all but <see cref="Shape.All"/> and <see cref="Shape.AllFirst"/>,
    /// which NRules 1.0.4 deactivates and fires again when a fact leaves or enters their scope without changing their
    /// truth (<see cref="KnownDivergenceTests"/>), and the consumers of linked facts, which
    /// <see cref="OracleProperties.LinkedFactChains_BehaveAsNRules"/> places at priorities of their own.
    /// </summary>
    public static Shape[] ComparedShapes { get; } = Enum.GetValues<Shape>().Except([Shape.All, Shape.AllFirst, Shape.JoinC, Shape.NotC]).ToArray();

    private static Gen<Step> StepGen(bool batches) =>
        from kind in Gen.Frequency(
            (4, Gen.Constant(StepKind.Insert)),
            (batches ? 1 : 0, Gen.Constant(StepKind.InsertAll)),
            (3, Gen.Constant(StepKind.Update)),
            (batches ? 1 : 0, Gen.Constant(StepKind.UpdateAll)),
            (2, Gen.Constant(StepKind.Retract)),
            (2, Gen.Constant(StepKind.Fire)))
        from isA in Gen.Elements(true, false)
        from target in Gen.Choose(0, 20)
        from key in Gen.Choose(0, 2)
        from val in Gen.Choose(0, 3)
        from count in Gen.Choose(kind == StepKind.Fire ? 0 : 1, 3)
        select new Step(kind, isA, target, key, val, count);

    /// <summary>Rule sets of one to three rules of the compared shapes, with batch operations.</summary>
    public static Arbitrary<Scenario> Scenario() => Scenarios(ComparedShapes, batches: true);

    internal static Arbitrary<Scenario> Scenarios(Shape[] shapes, bool batches) =>
        Arb.From(
            from ruleCount in Gen.Choose(1, 3)
            from rules in Gen.ArrayOf(Spec(shapes), ruleCount)
            from stepCount in Gen.Sized(size => Gen.Choose(1, Math.Clamp(size, 1, 30)))
            from steps in Gen.ArrayOf(StepGen(batches), stepCount)
            select new Scenario(rules, steps),
            Shrink);

    private static IEnumerable<Scenario> Shrink(Scenario scenario)
    {
        if (scenario.Rules.Length > 1)
        {
            for (var i = 0; i < scenario.Rules.Length; i++)
            {
                yield return scenario with { Rules = scenario.Rules.Where((_, j) => j != i).ToArray() };
            }
        }

        for (var i = 0; i < scenario.Steps.Length; i++)
        {
            yield return scenario with { Steps = scenario.Steps.Where((_, j) => j != i).ToArray() };
        }
    }
}
