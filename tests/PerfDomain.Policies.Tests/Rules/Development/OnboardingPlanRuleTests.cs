using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Development;

public sealed class OnboardingPlanRuleTests
{
    [Fact]
    public void Fire_ThirtiethDayInTheNewRole_RecommendsAnOnboardingPlan()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ChangeRole("e-1", D(2026, 3, 1)).Build();

        var onboarding = Assert.Single(FireFor<OnboardingPlanRule>(snapshot, D(2026, 3, 31), "e-1"));

        Assert.Equal(DecisionKind.OnboardingPlanRecommended, onboarding.Kind);
        Assert.Equal(new EmployeeId("e-1"), onboarding.EmployeeId);
        Assert.Null(onboarding.CycleId);
        Assert.Equal(D(2026, 3, 31), onboarding.DueOn);
        Assert.False(onboarding.RequiresApproval);
        AssertExplained(onboarding, "development-triggers", "development.onboarding-plan", D(2026, 3, 31), ["onboardingWindowDays"], ["Employee"], "level 3", "30 days ago", "2026-03-01");
        Assert.Equal("2026-03-01", Assert.Single(onboarding.Explanation.Facts, f => f.Type == "Employee").Values["roleSince"]);
    }

    [Fact]
    public void Fire_ThirtyFirstDay_NoRecommendation()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ChangeRole("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<OnboardingPlanRule>(snapshot, D(2026, 4, 1), "e-1"));
    }

    [Fact]
    public void Fire_BeforeTheRoleChange_NoRecommendation()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ChangeRole("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<OnboardingPlanRule>(snapshot, D(2026, 2, 28), "e-1"));
    }

    [Fact]
    public void Fire_NewHireWithoutRoleChange_NoRecommendation()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<OnboardingPlanRule>(snapshot, D(2026, 3, 10), "e-1"));
    }

    [Fact]
    public void Fire_PlanMadeSinceTheChange_NoRecommendation_OlderPlanDoesNotCount()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ChangeRole("e-1", D(2026, 3, 1)).DevelopmentPlan("e-1", D(2026, 3, 1))
            .Hire("e-2").DevelopmentPlan("e-2", D(2026, 2, 28)).ChangeRole("e-2", D(2026, 3, 1))
            .Build();

        Assert.Empty(FireFor<OnboardingPlanRule>(snapshot, D(2026, 3, 10), "e-1"));
        Assert.Single(FireFor<OnboardingPlanRule>(snapshot, D(2026, 3, 10), "e-2"));
    }

    [Fact]
    public void Fire_OnLeave_NoRecommendation()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ChangeRole("e-1", D(2026, 3, 1)).Leave("e-1", D(2026, 3, 5)).Build();

        Assert.Empty(FireFor<OnboardingPlanRule>(snapshot, D(2026, 3, 10), "e-1"));
    }
}
