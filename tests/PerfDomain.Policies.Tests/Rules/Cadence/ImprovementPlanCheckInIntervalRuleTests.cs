using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class ImprovementPlanCheckInIntervalRuleTests
{
    private static CheckInCadence? CadenceOf(Snapshots.OrganizationSnapshot snapshot, LocalDate asOf, string id, PerfDomain.Policies.Parameters.PolicyParameters? parameters = null) =>
        Fixture<ImprovementPlanCheckInIntervalRule>(snapshot, asOf, parameters).Session.Query<CheckInCadence>().SingleOrDefault(c => c.EmployeeId == new EmployeeId(id));

    [Fact]
    public void Infer_ActiveImprovementPlan_IsWeekly()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).Build();

        AssertCadence(CadenceOf(snapshot, D(2026, 3, 1), "e-1"), "e-1", 7, "improvement plan", true);
    }

    [Fact]
    public void Infer_DayBeforeThePlanStarts_InfersNothing()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).Build();

        Assert.Null(CadenceOf(snapshot, D(2026, 2, 28), "e-1"));
    }

    [Fact]
    public void Infer_ConcludedPlan_InfersNothingFromTheConclusionDay()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1), concludedOn: D(2026, 4, 30)).Build();

        Assert.NotNull(CadenceOf(snapshot, D(2026, 4, 29), "e-1"));
        Assert.Null(CadenceOf(snapshot, D(2026, 4, 30), "e-1"));
    }

    [Fact]
    public void Infer_ShorterIndividualOverride_BeatsTheImprovementPlanInterval()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).Build();
        var parameters = WithCadence(c => c with { EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 5 } });

        AssertCadence(CadenceOf(snapshot, D(2026, 3, 2), "e-1", parameters), "e-1", 5, "employee", true);
    }

    [Fact]
    public void Infer_OnLeaveDuringThePlan_InfersNothing()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).Leave("e-1", D(2026, 3, 10)).Build();

        Assert.Null(CadenceOf(snapshot, D(2026, 3, 10), "e-1"));
    }

    [Fact]
    public void Chaining_ImprovementPlan_SwitchesTheDueDateToSevenDays()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 5)).ImprovementPlan("e-1", D(2026, 3, 1)).Build();

        var due = Assert.Single(DefaultEngine.Evaluate(snapshot, D(2026, 3, 10)).For(new EmployeeId("e-1")), d => d.Kind == DecisionKind.CheckInDue);
        var before = Assert.Single(DefaultEngine.Evaluate(snapshot, D(2026, 1, 20)).For(new EmployeeId("e-1")), d => d.Kind == DecisionKind.CheckInDue);

        Assert.Equal(D(2026, 3, 12), due.DueOn);
        Assert.Contains("every 7 days (improvement plan cadence)", due.Explanation.Reason, StringComparison.Ordinal);
        Assert.Equal(D(2026, 1, 31), before.DueOn);
    }
}
