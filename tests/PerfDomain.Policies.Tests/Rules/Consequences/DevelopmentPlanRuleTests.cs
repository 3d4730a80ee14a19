using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class DevelopmentPlanRuleTests
{
    [Fact]
    public void Fire_CalibratedRatingBelowMeets_RecommendsADevelopmentPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 2).Build();

        var plan = Assert.Single(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.DevelopmentPlanRecommended, plan.Kind);
        Assert.Equal(new EmployeeId("e-1"), plan.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, plan.CycleId);
        Assert.Null(plan.DueOn);
        Assert.True(plan.RequiresApproval);
        AssertExplained(plan, "rating-consequences", "consequences.development-plan", D(2026, 12, 1), [], ["Rating", "Employee"], "'Needs improvement'", "cycle-2026", "below meets");
    }

    [Fact]
    public void Fire_RatingAtMeets_NoPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3).Build();

        Assert.Empty(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_PlanAlreadyActive_NoPlan_ClosedPlanDoesNotCount()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 2).DevelopmentPlan("e-1", D(2026, 6, 1))
            .Hire("e-2").ManagerReview("e-2", 2026, 2).DevelopmentPlan("e-2", D(2026, 6, 1), cancelledOn: D(2026, 11, 30))
            .Build();

        Assert.Empty(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Single(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-2"));
    }

    [Fact]
    public void Fire_Uncalibrated_NoPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 1, calibrate: false).Build();

        Assert.Empty(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_CalibratedUpToMeets_NoPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 2, calibratedTo: 3).Build();

        Assert.Empty(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_OnLeave_NoPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 2).Leave("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<DevelopmentPlanRule>(snapshot, D(2026, 12, 1), "e-1"));
    }
}
