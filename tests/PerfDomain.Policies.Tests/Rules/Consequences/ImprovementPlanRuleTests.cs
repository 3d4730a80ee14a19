using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class ImprovementPlanRuleTests
{
    internal static OrganizationBuilder TwoLowRatings(string id = "e-1", int earlier = 2, int latest = 2) =>
        new OrganizationBuilder().Hire(id).ManagerReview(id, 2025, earlier).ManagerReview(id, 2026, latest);

    [Fact]
    public void Fire_TwoConsecutiveLowRatingsWithRecentFeedback_RecommendsAnImprovementPlan()
    {
        var snapshot = TwoLowRatings().DownwardFeedback("e-1", D(2026, 10, 1)).Build();

        var plan = Assert.Single(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.ImprovementPlanRecommended, plan.Kind);
        Assert.Equal(new EmployeeId("e-1"), plan.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, plan.CycleId);
        Assert.Null(plan.DueOn);
        Assert.True(plan.RequiresApproval);
        AssertExplained(plan, "rating-consequences", "consequences.improvement-plan", D(2026, 12, 1), ["improvementPlanDurationDays", "feedbackLookbackDays"], ["Rating", "Employee"], "60-day improvement plan", "cycle-2025", "cycle-2026", "2026-10-01");
        Assert.Equal(2, plan.Explanation.Facts.Count(f => f.Type == "Rating"));
        Assert.Equal("2026-10-01", Assert.Single(plan.Explanation.Facts, f => f.Type == "Employee").Values["lastDownwardFeedbackOn"]);
    }

    [Fact]
    public void Fire_EarlierRatingAtMeets_NoPlan()
    {
        var snapshot = TwoLowRatings(earlier: 3).DownwardFeedback("e-1", D(2026, 10, 1)).Build();

        Assert.Empty(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_PlanAlreadyActive_NoPlan()
    {
        var snapshot = TwoLowRatings().DownwardFeedback("e-1", D(2026, 10, 1)).ImprovementPlan("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Single(FireFor<ImprovementPlanRule>(snapshot, D(2026, 11, 24), "e-1"));
    }

    [Fact]
    public void Fire_OnLeave_NoPlan()
    {
        var snapshot = TwoLowRatings().DownwardFeedback("e-1", D(2026, 10, 1)).Leave("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_FeedbackEightyNineDaysOld_Plan_NinetyDaysOld_NoPlan()
    {
        // 2026-12-01 minus 90 days is 2026-09-02.
        var recent = TwoLowRatings().DownwardFeedback("e-1", D(2026, 9, 3)).Build();
        var old = TwoLowRatings().DownwardFeedback("e-1", D(2026, 9, 2)).Build();

        Assert.Single(FireFor<ImprovementPlanRule>(recent, D(2026, 12, 1), "e-1"));
        Assert.Empty(FireFor<ImprovementPlanRule>(old, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_PeerFeedbackOnly_NoPlan()
    {
        var snapshot = TwoLowRatings().Hire("e-2").PeerFeedback("e-1", "e-2", D(2026, 10, 1)).Build();

        Assert.Empty(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_LatestUncalibrated_NoPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 1).ManagerReview("e-1", 2026, 1, calibrate: false).DownwardFeedback("e-1", D(2026, 10, 1)).Build();

        Assert.Empty(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_DurationParameter_IsInTheReason()
    {
        var snapshot = TwoLowRatings().DownwardFeedback("e-1", D(2026, 10, 1)).Build();

        var plan = Assert.Single(FireFor<ImprovementPlanRule>(snapshot, D(2026, 12, 1), "e-1", WithConsequences(c => c with { ImprovementPlanDurationDays = 45 })));

        Assert.Equal("45", plan.Explanation.Parameters["improvementPlanDurationDays"]);
        Assert.Contains("45-day improvement plan", plan.Explanation.Reason, StringComparison.Ordinal);
    }
}
