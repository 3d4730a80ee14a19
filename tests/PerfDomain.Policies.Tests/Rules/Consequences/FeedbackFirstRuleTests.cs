using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class FeedbackFirstRuleTests
{
    [Fact]
    public void Fire_TwoLowRatingsAndNoFeedback_AsksTheManagerToDocumentFeedbackFirst()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().Build();

        var request = Assert.Single(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.FeedbackDocumentationRequested, request.Kind);
        Assert.Equal(new EmployeeId("e-1"), request.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, request.CycleId);
        Assert.Null(request.DueOn);
        Assert.False(request.RequiresApproval);
        AssertExplained(request, "rating-consequences", "consequences.feedback-first", D(2026, 12, 1), ["feedbackLookbackDays"], ["Rating", "Employee"], "no feedback has been documented", "two consecutive ratings are below meets");
        Assert.Equal("90", request.Explanation.Parameters["feedbackLookbackDays"]);
    }

    [Fact]
    public void Fire_FeedbackExactlyNinetyDaysOld_AsksForFeedback_NamingTheOldDate()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().DownwardFeedback("e-1", D(2026, 9, 2)).Build();

        var request = Assert.Single(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Contains("(2026-09-02) is more than 90 days old", request.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_FeedbackEightyNineDaysOld_NoRequest()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().DownwardFeedback("e-1", D(2026, 9, 3)).Build();

        Assert.Empty(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_FeedbackAfterTheAsOfDate_IsNotSeen()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().DownwardFeedback("e-1", D(2026, 12, 2)).Build();

        Assert.Single(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Empty(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 2), "e-1"));
    }

    [Fact]
    public void Fire_OneLowRatingOnly_NoRequest()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings(earlier: 3).Build();

        Assert.Empty(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_ImprovementPlanActive_NoRequest()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().ImprovementPlan("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_OnLeave_NoRequest()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().Leave("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<FeedbackFirstRule>(snapshot, D(2026, 12, 1), "e-1"));
    }
}
