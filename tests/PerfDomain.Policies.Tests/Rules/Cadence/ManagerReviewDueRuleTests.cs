using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class ManagerReviewDueRuleTests
{
    [Fact]
    public void Fire_DuringTheReviewWindow_ManagerReviewDueAtItsEnd()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Build();

        var due = Assert.Single(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 30), "e-1"));

        Assert.Equal(DecisionKind.ManagerReviewDue, due.Kind);
        Assert.Equal(new EmployeeId("e-1"), due.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, due.CycleId);
        Assert.Equal(D(2026, 11, 30), due.DueOn);
        Assert.False(due.RequiresApproval);
        AssertExplained(due, "review-cadence", "cadence.manager-review-due", D(2026, 11, 30), ["reviewMinimumTenureDays"], ["Cycle", "Employee", "ReviewProgress"], "manager review", "cycle-2026", "2026-11-30");
    }

    [Fact]
    public void Fire_DayBeforeTheWindow_NotDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Build();

        Assert.Empty(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 10, 31), "e-1"));
    }

    [Fact]
    public void Fire_SubmittedManagerReview_NoLongerDue_EvenUncalibrated()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3, calibrate: false, submittedOn: D(2026, 11, 10)).Build();

        Assert.Single(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 9), "e-1"));
        Assert.Empty(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 10), "e-1"));
    }

    [Fact]
    public void Fire_DraftManagerReview_IsStillDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").DraftManagerReview("e-1", 2026, 3).Build();

        Assert.Single(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 20), "e-1"));
    }

    [Fact]
    public void Fire_SubmittedSelfReview_DoesNotCountForTheManagerReview()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").SelfReview("e-1", 2026).Build();

        Assert.Single(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 20), "e-1"));
    }

    [Fact]
    public void Fire_WithoutAManager_NoManagerReviewDue()
    {
        var snapshot = new OrganizationBuilder().HireWithoutManager("e-1").Enrol("e-1", 2026).Build();

        Assert.Empty(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 20), "e-1"));
        Assert.Single(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 20), "e-1"));
    }

    [Fact]
    public void Fire_ShortTenure_NotDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 8, 4)).Enrol("e-1", 2026).Build();

        Assert.Empty(FireFor<ManagerReviewDueRule>(snapshot, D(2026, 11, 20), "e-1"));
    }
}
