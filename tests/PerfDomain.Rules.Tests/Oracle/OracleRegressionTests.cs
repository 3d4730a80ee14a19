namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>Counterexamples the oracle properties once found, kept as plain facts.</summary>
public class OracleRegressionTests
{
    [Fact]
    public void Or_UpdateSwitchesAlternative_TouchesActivationSoRepeatableRuleRefires() =>
        OracleProperties.Run(new Scenario(
            [new RuleSpec(Shape.Or, T: 2, K: 0, Priority: 2, Repeatable: true)],
            [
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 0, Val: 2, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 3),
                new Step(StepKind.Update, IsA: true, Target: 10, Key: 1, Val: 3, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 3),
            ]));

    [Fact]
    public void OrExists_UpdateMovesSupportBetweenAlternatives_AgendaMatchesOracle() =>
        OracleProperties.Run(new Scenario(
            [new RuleSpec(Shape.OrExists, T: 1, K: 1, Priority: 0, Repeatable: true)],
            [
                new Step(StepKind.Insert, IsA: false, Target: 0, Key: 1, Val: 3, Count: 1),
                new Step(StepKind.Insert, IsA: false, Target: 0, Key: 1, Val: 1, Count: 1),
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 2, Val: 3, Count: 1),
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 2, Val: 2, Count: 1),
                new Step(StepKind.Insert, IsA: false, Target: 0, Key: 1, Val: 0, Count: 1),
                new Step(StepKind.Insert, IsA: false, Target: 0, Key: 0, Val: 0, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 1),
                new Step(StepKind.Update, IsA: true, Target: 14, Key: 1, Val: 1, Count: 1),
            ]));
}
