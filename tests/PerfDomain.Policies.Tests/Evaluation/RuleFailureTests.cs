using PerfDomain.Employees;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// A custom rule that throws stops an evaluation with a <see cref="PolicyEvaluationException"/> naming the rule, its pack
/// and the employee, on either runtime — or, when the host asks, the batch carries on and reports it.
/// </summary>
public sealed class RuleFailureTests
{
    private static readonly EmployeeId E1 = new("e-1");
    private static readonly EmployeeId E2 = new("e-2");
    private static readonly EmployeeId E3 = new("e-3");

    private static PolicyEngineBuilder Builder(params Type[] rules) =>
        TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(Fragile.Pack(rules));

    [Fact]
    public void Evaluate_ConditionThrows_NamesRulePackEmployeeAndStage()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 13).Hire("e-2", level: 11).Build();
        var engine = Builder(typeof(FragileConditionRule)).Build();

        var ex = Assert.Throws<PolicyEvaluationException>(() => engine.Evaluate(snapshot, D(2026, 3, 10)));

        Assert.Equal(FragileConditionRule.RuleName, ex.RuleName);
        Assert.Equal(Fragile.PackName, ex.PackName);
        Assert.Equal(Fragile.PackVersion, ex.PackVersion);
        Assert.Equal([E1], ex.EmployeeIds);
        Assert.Equal(RuleFailureStage.Condition, ex.Stage);
        Assert.Equal("Level 13 is unlucky.", Assert.IsType<InvalidOperationException>(ex.InnerException).Message);
        Assert.Equal("Rule 'custom.fragile-condition' (pack fragile-pack 1.0.0) failed for employee e-1 in its condition: Level 13 is unlucky.", ex.Message);
    }

    [Fact]
    public void Evaluate_ActionThrows_NamesRulePackEmployeeAndStage()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", level: 11).Build();
        var engine = Builder(typeof(FragileActionRule)).Build();

        var ex = Assert.Throws<PolicyEvaluationException>(() => engine.Evaluate(snapshot, D(2026, 3, 13)));

        Assert.Equal(FragileActionRule.RuleName, ex.RuleName);
        Assert.Equal([E2], ex.EmployeeIds);
        Assert.Equal(RuleFailureStage.Action, ex.Stage);
        Assert.Equal("It is the 13th.", Assert.IsType<InvalidOperationException>(ex.InnerException).Message);
        Assert.Equal("Rule 'custom.fragile-action' (pack fragile-pack 1.0.0) failed for employee e-2 in its action: It is the 13th.", ex.Message);
    }

    [Fact]
    public void Evaluate_ActionThrowsOnAnotherDay_DecidesAsUsual()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", level: 11).Build();

        var outcome = Builder(typeof(FragileActionRule)).Build().Evaluate(snapshot, D(2026, 3, 12));

        Assert.Single(outcome.Decisions, d => d.Kind == Fragile.Kind && d.EmployeeId == E2);
        Assert.Empty(outcome.Failures);
    }

    [Fact]
    public void Evaluate_InSlices_NamesTheEmployeeOfTheFailingSlice()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Hire("e-3").Hire("e-4", level: 13).Hire("e-5").Build();
        var engine = Builder(typeof(FragileConditionRule)).UseSliceSize(1).Build();

        var ex = Assert.Throws<PolicyEvaluationException>(() => engine.Evaluate(snapshot, D(2026, 3, 10)));

        Assert.Equal([new EmployeeId("e-4")], ex.EmployeeIds);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Explain_RuleThrows_ThrowsTheSame()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 13).Hire("e-2").Build();
        var engine = Builder(typeof(FragileConditionRule)).Build();

        var ex = Assert.Throws<PolicyEvaluationException>(() => engine.Explain(snapshot, D(2026, 3, 10), E2));

        Assert.Equal(FragileConditionRule.RuleName, ex.RuleName);
        Assert.Equal([E1], ex.EmployeeIds);
    }

    [Fact]
    public void CreatePartition_RuleThrows_ThrowsTheSame()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", level: 11).Build();
        var engine = Builder(typeof(FragileActionRule)).Build();

        var ex = Assert.Throws<PolicyEvaluationException>(() => engine.CreatePartition(snapshot, D(2026, 3, 13)));

        Assert.Equal(FragileActionRule.RuleName, ex.RuleName);
        Assert.Equal([E2], ex.EmployeeIds);
        Assert.Equal(RuleFailureStage.Action, ex.Stage);
    }

    [Fact]
    public void Evaluate_ContinueAfterRuleFailures_ReportsEachFailureAndKeepsTheOtherDecisions()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 13).Hire("e-2", level: 11).Hire("e-3", level: 12).Build();
        var asOf = D(2026, 3, 13);
        var engine = Builder(typeof(FragileConditionRule), typeof(FragileActionRule)).ContinueAfterRuleFailures().Build();

        var outcome = engine.Evaluate(snapshot, asOf);

        // By rule, then employee: the action fails for everyone at level 11 or above, the condition for level 13.
        Assert.Collection(
            outcome.Failures,
            f => Assert.Equal("Rule 'custom.fragile-action' (pack fragile-pack 1.0.0) failed for employee e-1 in its action: It is the 13th.", f.Message),
            f => Assert.Equal("Rule 'custom.fragile-action' (pack fragile-pack 1.0.0) failed for employee e-2 in its action: It is the 13th.", f.Message),
            f => Assert.Equal("Rule 'custom.fragile-action' (pack fragile-pack 1.0.0) failed for employee e-3 in its action: It is the 13th.", f.Message),
            f =>
            {
                Assert.Equal(FragileConditionRule.RuleName, f.RuleName);
                Assert.Equal([E1], f.EmployeeIds);
                Assert.Equal(RuleFailureStage.Condition, f.Stage);
                Assert.IsType<InvalidOperationException>(f.Exception);
            });

        // The failing condition held for no one, the failing action decided nothing; every other rule decided as usual.
        Assert.Equal([E2, E3], outcome.Decisions.Where(d => d.Kind == Fragile.Kind).Select(d => d.EmployeeId));
        Assert.All(outcome.Decisions.Where(d => d.Kind == Fragile.Kind), d => Assert.Equal("condition", d.Subject));
        var builtIn = TestRuntime.CreateBuilder().AddDefaultPacks().Build().Evaluate(snapshot, asOf);
        Assert.Equal(builtIn.Decisions, outcome.Decisions.Where(d => d.Kind != Fragile.Kind));
    }

    [Fact]
    public void Evaluate_ContinueAfterRuleFailuresInSlices_SameOutcomeAsOneSession()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 13).Hire("e-2", level: 11).Hire("e-3", level: 12).Hire("e-4").Build();
        var asOf = D(2026, 3, 13);
        var whole = Builder(typeof(FragileConditionRule), typeof(FragileActionRule)).ContinueAfterRuleFailures().Build().Evaluate(snapshot, asOf);

        var sliced = Builder(typeof(FragileConditionRule), typeof(FragileActionRule)).ContinueAfterRuleFailures().UseSliceSize(1).UseMaxDegreeOfParallelism(2).Build().Evaluate(snapshot, asOf);

        Assert.Equal(whole.Decisions, sliced.Decisions);
        Assert.Equal(whole.Failures.Select(f => f.Message), sliced.Failures.Select(f => f.Message));
        Assert.Equal(4, sliced.Failures.Count);
    }

    [Fact]
    public void Explain_ContinueAfterRuleFailures_StillThrows()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", level: 13).Build();
        var engine = Builder(typeof(FragileConditionRule)).ContinueAfterRuleFailures().Build();

        Assert.Throws<PolicyEvaluationException>(() => engine.Explain(snapshot, D(2026, 3, 10), E1));
        Assert.Throws<PolicyEvaluationException>(() => engine.CreatePartition(snapshot, D(2026, 3, 10)));
    }

    [Fact]
    public void Message_SeveralOrNoEmployees_SaysSoInPlainWords()
    {
        Assert.Equal(
            "Rule 'custom.x' (pack acme 1.0.0) failed for employees e-1, e-2 in its agenda filter: boom",
            new PolicyEvaluationException("custom.x", "acme", "1.0.0", [E1, E2], RuleFailureStage.Filter, new InvalidOperationException("boom")).Message);
        Assert.Equal(
            "Rule 'custom.x' (pack acme 1.0.0) failed in its condition: boom",
            new PolicyEvaluationException("custom.x", "acme", "1.0.0", [], RuleFailureStage.Condition, new InvalidOperationException("boom")).Message);
    }
}
