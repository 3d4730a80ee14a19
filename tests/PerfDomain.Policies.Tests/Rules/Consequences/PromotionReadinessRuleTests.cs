using PerfDomain.Consequences;
using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class PromotionReadinessRuleTests
{
    [Fact]
    public void Fire_TopTwoInTwoConsecutiveCycles_FlagsPromotionReadiness()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 4).ManagerReview("e-1", 2026, 5).Build();

        var flag = Assert.Single(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.PromotionReadinessFlagged, flag.Kind);
        Assert.Equal(new EmployeeId("e-1"), flag.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, flag.CycleId);
        Assert.Null(flag.DueOn);
        Assert.True(flag.RequiresApproval);
        AssertExplained(flag, "rating-consequences", "consequences.promotion-readiness", D(2026, 12, 1), ["promotionMinimumMonthsInRole"], ["Rating", "Employee"], "'Exceeds expectations' in cycle-2025", "'Outstanding' in cycle-2026", "in role since 2020-01-01");
        Assert.Equal(2, flag.Explanation.Facts.Count(f => f.Type == "Rating"));
        Assert.Equal("12", flag.Explanation.Parameters["promotionMinimumMonthsInRole"]);
    }

    [Fact]
    public void Fire_EarlierRatingOnePointLower_NoFlag()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 3).ManagerReview("e-1", 2026, 5).Build();

        Assert.Empty(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_OnlyOneTopCycle_NoFlag()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 5).Build();

        Assert.Empty(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_TwelveMonthsInRole_Exactly_Flags_OneDayLess_DoesNot()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ChangeRole("e-1", D(2025, 12, 1)).ManagerReview("e-1", 2025, 4).ManagerReview("e-1", 2026, 4)
            .Hire("e-2").ChangeRole("e-2", D(2025, 12, 2)).ManagerReview("e-2", 2025, 4).ManagerReview("e-2", 2026, 4)
            .Build();

        Assert.Single(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Empty(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-2"));
    }

    [Fact]
    public void Fire_AlreadyNominatedForTheCycle_NoFlag()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 5).ManagerReview("e-1", 2026, 5).Recognition("e-1", RecognitionKind.PromotionNomination, 2026, D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Single(FireFor<PromotionReadinessRule>(snapshot, D(2026, 11, 24), "e-1"));
    }

    [Fact]
    public void Fire_LatestUncalibrated_NoFlag()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 5).ManagerReview("e-1", 2026, 5, calibrate: false).Build();

        Assert.Empty(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_OnLeave_NoFlag()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 5).ManagerReview("e-1", 2026, 5).Leave("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<PromotionReadinessRule>(snapshot, D(2026, 12, 1), "e-1"));
    }
}
