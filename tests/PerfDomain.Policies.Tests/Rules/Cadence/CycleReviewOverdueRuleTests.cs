using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class CycleReviewOverdueRuleTests
{
    [Fact]
    public void Fire_DayAfterTheWindowCloses_BothReviewsOverdue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Build();

        var overdue = Assert.Single(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.ReviewOverdue, overdue.Kind);
        Assert.Equal(new EmployeeId("e-1"), overdue.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, overdue.CycleId);
        Assert.Equal(D(2026, 11, 30), overdue.DueOn);
        Assert.Equal(EscalationLevel.SkipLevelManager, overdue.EscalateTo);
        Assert.Equal("self+manager", overdue.Subject);
        Assert.False(overdue.RequiresApproval);
        AssertExplained(overdue, "review-cadence", "cadence.cycle-review-overdue", D(2026, 12, 1), ["reviewMinimumTenureDays", "reviewOverdueReportingDays"], ["Cycle", "Employee", "ReviewProgress"], "self and manager reviews", "cycle-2026", "1 day ago", "2026-11-30");
    }

    [Fact]
    public void Fire_LastDayOfTheWindow_NotOverdue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Build();

        Assert.Empty(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 11, 30), "e-1"));
    }

    [Fact]
    public void Fire_OnlySelfReviewSubmitted_ManagerReviewOverdue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").SelfReview("e-1", 2026).Build();

        var overdue = Assert.Single(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 5), "e-1"));

        Assert.Equal("manager", overdue.Subject);
        Assert.Equal(EscalationLevel.SkipLevelManager, overdue.EscalateTo);
        Assert.Contains("The manager review for cycle cycle-2026 is overdue", overdue.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_OnlySelfReviewMissing_GoesToTheManager_ManagerReviewWithoutSkipLevel_GoesToHumanResources()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3, calibrate: false).Enrol("mgr", 2026).Build();

        var self = Assert.Single(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 5), "e-1"));
        var manager = Assert.Single(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 5), "mgr"));

        Assert.Equal("self", self.Subject);
        Assert.Equal(EscalationLevel.Manager, self.EscalateTo);
        Assert.Equal("self+manager", manager.Subject);
        Assert.Equal(EscalationLevel.HumanResources, manager.EscalateTo);
    }

    [Fact]
    public void Fire_BothSubmitted_NothingOverdue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").SelfReview("e-1", 2026).ManagerReview("e-1", 2026, 3, calibrate: false).Build();

        Assert.Empty(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 5), "e-1"));
    }

    [Fact]
    public void Fire_ReportingPeriod_EndsNinetyDaysAfterTheCycle()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2025).Build();

        Assert.Single(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 3, 31), "e-1"));
        Assert.Empty(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 4, 1), "e-1"));
    }

    [Fact]
    public void Fire_WithoutAManager_OnlyTheSelfReviewIsOverdue()
    {
        var snapshot = new OrganizationBuilder().HireWithoutManager("e-1").Enrol("e-1", 2026).Build();

        Assert.Equal("self", Assert.Single(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 1), "e-1")).Subject);
    }

    [Fact]
    public void Fire_OnLeave_NothingOverdue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Leave("e-1", D(2026, 11, 20)).Build();

        Assert.Empty(FireFor<CycleReviewOverdueRule>(snapshot, D(2026, 12, 1), "e-1"));
    }
}
