namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>Counterexamples the oracle properties once found, kept as plain facts: each runs to its last step with both runtimes agreeing.</summary>
public class OracleRegressionTests
{
    private static void AgreesThroughout(Scenario scenario) =>
        Assert.Equal(scenario.Steps.Length, ScenarioRunner.Run(scenario).StepsCompared);

    [Fact]
    public void Or_UpdateSwitchesAlternative_OneActivationGoesAnotherComes() =>
        AgreesThroughout(new Scenario(
            [new RuleSpec(Shape.Or, T: 2, K: 0, Priority: 2, Repeatable: true)],
            [
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 0, Val: 2, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 3),
                new Step(StepKind.Update, IsA: true, Target: 10, Key: 1, Val: 3, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 3),
            ]));

    [Fact]
    public void OrExists_UpdateMovesSupportBetweenAlternatives() =>
        AgreesThroughout(new Scenario(
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

    [Fact]
    public void OrExists_BothAlternativesQueuedByOneUpdate_FireInAlternativeOrder() =>
        AgreesThroughout(new Scenario(
            [new RuleSpec(Shape.OrExists, T: 2, K: 2, Priority: 0, Repeatable: true)],
            [
                new Step(StepKind.Insert, IsA: false, Target: 0, Key: 1, Val: 3, Count: 1),
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 2, Val: 0, Count: 1),
                new Step(StepKind.UpdateAll, IsA: true, Target: 0, Key: 2, Val: 3, Count: 2),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 1),
                new Step(StepKind.Update, IsA: true, Target: 1, Key: 2, Val: 0, Count: 1),
            ]));

    [Fact]
    public void OrExists_BothAlternativesQueuedByOneUpdate_TheExistsAlternativeIsLeftNotYetFired()
    {
        // R0: A with Val > 2, or A with a B of its key. One update (the B first) makes both alternatives match A2: the
        // first alternative fires first, so when A2 stops matching it the Exists one is still pending and never fired.
        RuleSpec[] rules = [new RuleSpec(Shape.OrExists, T: 2, K: 2, Priority: 0, Repeatable: true)];
        var definitions = rules.Select(DynamicRule.Build).ToArray();
        foreach (var factory in new NRules.ISessionFactory[] { new NRules.RuleCompiler().Compile(definitions), new RuleCompiler().Compile(definitions) })
        {
            var session = factory.CreateSession();
            var (b1, a2) = (new B(1, key: 1, val: 3), new A(2, key: 2, val: 0));
            session.Insert(b1);
            session.Insert(a2);
            (b1.Key, a2.Val) = (2, 3);
            session.UpdateAll([b1, a2]);
            Assert.Equal(1, session.Fire(1));
            a2.Val = 0;
            session.Update(a2);

            Assert.Equal(NRules.RuleModel.MatchTrigger.Created, session.Agenda.Peek().Trigger);
        }
    }

    [Fact]
    public void Undo_QueuedReactivationLosesItsMatch_DeactivationKeepsItsPlace() =>
        AgreesThroughout(new Scenario(
            [new RuleSpec(Shape.Undo, T: 0, K: 2, Priority: 2, Repeatable: true), new RuleSpec(Shape.Single, T: 0, K: 0, Priority: 2, Repeatable: true)],
            [
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 0, Val: 1, Count: 1),
                new Step(StepKind.Insert, IsA: false, Target: 0, Key: 0, Val: 0, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 0),
                new Step(StepKind.Update, IsA: true, Target: 0, Key: 0, Val: 2, Count: 1),
                new Step(StepKind.Insert, IsA: true, Target: 0, Key: 2, Val: 1, Count: 1),
                new Step(StepKind.Update, IsA: false, Target: 1, Key: 2, Val: 3, Count: 1),
                new Step(StepKind.Fire, IsA: true, Target: 0, Key: 0, Val: 0, Count: 1),
            ]));

    [Fact]
    public void Yield_MatchesGoneInOneOperation_LinkedFactsRetractedTogether()
    {
        // R0: A without a linked C, at priority 0. R1: A with Val > 1 yields a C, at priority 1.
        RuleSpec[] rules = [new RuleSpec(Shape.NotC, T: 0, K: 0, Priority: 0, Repeatable: true), new RuleSpec(Shape.Yield, T: 1, K: 0, Priority: 1, Repeatable: true)];
        var definitions = rules.Select(DynamicRule.Build).ToArray();
        foreach (var factory in new NRules.ISessionFactory[] { new NRules.RuleCompiler().Compile(definitions), new RuleCompiler().Compile(definitions) })
        {
            var session = factory.CreateSession();
            var fired = new List<string>();
            session.Events.RuleFiringEvent += (_, e) => fired.Add(MatchText.Of(e.Match));
            var (a1, a2) = (new A(1, key: 0, val: 2), new A(2, key: 0, val: 2));
            session.InsertAll([a1, a2]);
            session.Fire();
            (a1.Val, a2.Val) = (0, 0);

            // Both C go in one retraction, so both R0 activations are queued by one operation, in fact order.
            session.UpdateAll([a2, a1]);
            fired.Clear();
            session.Fire();

            Assert.Equal(["R0(a=A1)", "R0(a=A2)"], fired);
        }
    }
}
