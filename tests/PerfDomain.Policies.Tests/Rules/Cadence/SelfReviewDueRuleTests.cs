using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class SelfReviewDueRuleTests
{
    [Fact]
    public void Fire_FirstDayOfTheReviewWindow_SelfReviewDueAtItsEnd()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Build();

        var due = Assert.Single(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 1), "e-1"));

        Assert.Equal(DecisionKind.SelfReviewDue, due.Kind);
        Assert.Equal(new EmployeeId("e-1"), due.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, due.CycleId);
        Assert.Equal(D(2026, 11, 30), due.DueOn);
        Assert.False(due.RequiresApproval);
        AssertExplained(due, "review-cadence", "cadence.self-review-due", D(2026, 11, 1), ["reviewMinimumTenureDays"], ["Cycle", "Employee", "ReviewProgress"], "cycle-2026", "2026-11-30");
    }

    [Theory]
    [InlineData(10, 31, false)]
    [InlineData(11, 30, true)]
    [InlineData(12, 1, false)]
    public void Fire_OnlyWithinTheReviewWindow(int month, int day, bool expected)
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Build();

        Assert.Equal(expected, FireFor<SelfReviewDueRule>(snapshot, D(2026, month, day), "e-1").Count == 1);
    }

    [Fact]
    public void Fire_SubmittedSelfReview_NoLongerDueFromTheSubmissionDay()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").SelfReview("e-1", 2026, D(2026, 11, 10)).Build();

        Assert.Single(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 9), "e-1"));
        Assert.Empty(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 10), "e-1"));
    }

    [Fact]
    public void Fire_MinimumTenure_ExactlyNinetyDaysAtWindowStartIsEligible_OneDayLessIsNot()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 8, 3)).Enrol("e-1", 2026).Hire("e-2", D(2026, 8, 4)).Enrol("e-2", 2026).Build();

        Assert.Single(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 5), "e-1"));
        Assert.Empty(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 5), "e-2"));
    }

    [Fact]
    public void Fire_OnLeave_NoSelfReviewDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Enrol("e-1", 2026).Leave("e-1", D(2026, 10, 1)).Build();

        Assert.Empty(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 5), "e-1"));
    }

    [Fact]
    public void Fire_NotEnrolledInTheCycle_NoSelfReviewDue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        Assert.Empty(FireFor<SelfReviewDueRule>(snapshot, D(2026, 11, 5), "e-1"));
    }
}
