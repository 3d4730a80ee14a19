using FsCheck;
using FsCheck.Fluent;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>Random rule shapes and random insert/update/retract/fire sequences over small key and value ranges (so that joins collide).</summary>
public static class OracleArbitraries
{
    private static Gen<RuleSpec> Spec =>
        from shape in Gen.Elements(Enum.GetValues<Shape>())
        from t in Gen.Choose(0, 2)
        from k in Gen.Choose(0, 2)
        from priority in Gen.Choose(0, 2)
        from repeatable in Gen.Elements(true, false)
        select new RuleSpec(shape, t, k, priority, repeatable);

    private static Gen<Step> StepGen =>
        from kind in Gen.Frequency(
            (4, Gen.Constant(StepKind.Insert)),
            (3, Gen.Constant(StepKind.Update)),
            (2, Gen.Constant(StepKind.Retract)),
            (2, Gen.Constant(StepKind.Fire)))
        from isA in Gen.Elements(true, false)
        from target in Gen.Choose(0, 20)
        from key in Gen.Choose(0, 2)
        from val in Gen.Choose(0, 3)
        from count in Gen.Choose(1, 3)
        select new Step(kind, isA, target, key, val, count);

    public static Arbitrary<Scenario> Scenario() =>
        Arb.From(
            from ruleCount in Gen.Choose(1, 3)
            from rules in Gen.ArrayOf(Spec, ruleCount)
            from stepCount in Gen.Sized(size => Gen.Choose(1, Math.Clamp(size, 1, 30)))
            from steps in Gen.ArrayOf(StepGen, stepCount)
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
