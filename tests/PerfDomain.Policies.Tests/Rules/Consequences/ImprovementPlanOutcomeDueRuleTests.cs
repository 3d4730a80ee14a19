using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class ImprovementPlanOutcomeDueRuleTests
{
    // Started 2026-03-01 for 60 days: ends 2026-04-30.
    [Fact]
    public void Fire_OnTheEndDateWithoutOutcome_OutcomeDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1), planId: "pip-1").Build();

        var due = Assert.Single(FireFor<ImprovementPlanOutcomeDueRule>(snapshot, D(2026, 4, 30), "e-1"));

        Assert.Equal(DecisionKind.ImprovementPlanOutcomeDue, due.Kind);
        Assert.Equal(new EmployeeId("e-1"), due.EmployeeId);
        Assert.Null(due.CycleId);
        Assert.Equal(D(2026, 4, 30), due.DueOn);
        Assert.True(due.RequiresApproval);
        AssertExplained(due, "rating-consequences", "consequences.improvement-plan-outcome-due", D(2026, 4, 30), [], ["ImprovementPlan"], "pip-1", "2026-04-30");
        Assert.Equal("pip-1", Assert.Single(due.Explanation.Facts, f => f.Type == "ImprovementPlan").Id);
    }

    [Fact]
    public void Fire_DayBeforeTheEnd_NothingDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<ImprovementPlanOutcomeDueRule>(snapshot, D(2026, 4, 29), "e-1"));
    }

    [Fact]
    public void Fire_Concluded_NothingDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1), concludedOn: D(2026, 4, 30)).Build();

        Assert.Empty(FireFor<ImprovementPlanOutcomeDueRule>(snapshot, D(2026, 5, 10), "e-1"));
    }

    [Fact]
    public void Fire_Extended_DueAtTheNewEnd()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1), extendedByDaysOnEnd: 30).Build();

        Assert.Empty(FireFor<ImprovementPlanOutcomeDueRule>(snapshot, D(2026, 5, 29), "e-1"));
        Assert.Equal(D(2026, 5, 30), Assert.Single(FireFor<ImprovementPlanOutcomeDueRule>(snapshot, D(2026, 5, 30), "e-1")).DueOn);
    }
}
