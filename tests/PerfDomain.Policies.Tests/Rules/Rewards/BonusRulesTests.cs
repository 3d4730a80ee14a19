using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Rewards;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Rewards;

/// <summary>Bonus eligibility and its refusals, each with its reason; pay is not needed for either.</summary>
public sealed class BonusRulesTests
{
    private static readonly NodaTime.LocalDate AsOf = D(2026, 12, 1);
    private static readonly Type[] BonusRules = [typeof(BonusEligibilityRule), typeof(BonusNotEligibleRule), typeof(BonusOnImprovementPlanRule)];

    [Fact]
    public void Fire_MeetsForTheWholeCycle_EligibleInFullNeedingApproval()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3).Build();

        var bonus = Assert.Single(FireFor<BonusEligibilityRule>(snapshot, AsOf, "e-1", null, BonusRules));

        Assert.Equal(DecisionKind.BonusEligible, bonus.Kind);
        Assert.Equal(OrganizationBuilder.Cycle2026, bonus.CycleId);
        Assert.True(bonus.RequiresApproval);
        Assert.Equal("proration 1.000", bonus.Subject);
        AssertExplained(
            bonus, "rewards", "rewards.bonus-eligible", AsOf, ["bonusMinimumDaysInCycle", "rewardsWindowDays"], ["Rating", "CycleService", "Employee"],
            "Eligible for the cycle-2026 bonus in full: the calibrated rating 'Meets expectations' meets expectations or better, the whole cycle was worked and no improvement plan is in force.");
        Assert.Empty(FireFor<BonusNotEligibleRule>(snapshot, AsOf, "e-1", null, BonusRules));
    }

    [Fact]
    public void Fire_LeaveInTheCycle_EligibleProratedForTheDaysWorked()
    {
        // On leave 1 March to 29 April (60 days): 305 of 365 days, 0.836.
        var snapshot = new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 3, 1), D(2026, 4, 30)).ManagerReview("e-1", 2026, 4).Build();

        var bonus = Assert.Single(FireFor<BonusEligibilityRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("proration 0.836", bonus.Subject);
        Assert.StartsWith("Eligible for the cycle-2026 bonus, prorated ×0.836 (305 of 365 days worked)", bonus.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_RatingBelowMeets_NotEligibleWithTheReason()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 2).Build();

        var refusal = Assert.Single(FireFor<BonusNotEligibleRule>(snapshot, AsOf, "e-1", null, BonusRules));

        Assert.Equal(DecisionKind.BonusNotEligible, refusal.Kind);
        Assert.Equal("rating below meets", refusal.Subject);
        Assert.True(refusal.RequiresApproval);
        Assert.Equal(
            "Not eligible for the cycle-2026 bonus: the calibrated rating 'Needs improvement' (2 of 5) is below meets expectations.",
            refusal.Explanation.Reason);
        Assert.Empty(FireFor<BonusEligibilityRule>(snapshot, AsOf, "e-1", null, BonusRules));
    }

    [Fact]
    public void Fire_TooFewDaysInTheCycle_NotEligible_BothReasonsNamed()
    {
        // Hired 2026-10-05: 88 days of the cycle, fewer than the 90 required.
        var snapshot = new OrganizationBuilder()
            .Hire("e-1", on: D(2026, 10, 5)).ManagerReview("e-1", 2026, 4)
            .Hire("e-2", on: D(2026, 10, 5)).ManagerReview("e-2", 2026, 2)
            .Build();

        var late = Assert.Single(FireFor<BonusNotEligibleRule>(snapshot, AsOf, "e-1"));
        var both = Assert.Single(FireFor<BonusNotEligibleRule>(snapshot, AsOf, "e-2"));

        Assert.Equal("days in cycle", late.Subject);
        Assert.Equal("Not eligible for the cycle-2026 bonus: 88 days employed in the cycle, fewer than the 90 days required.", late.Explanation.Reason);
        Assert.Equal("rating below meets", both.Subject);
        Assert.Contains("is below meets expectations; 88 days employed in the cycle", both.Explanation.Reason, StringComparison.Ordinal);
        Assert.Empty(FireFor<BonusEligibilityRule>(snapshot, AsOf, "e-1"));
    }

    [Fact]
    public void Fire_ImprovementPlanInForce_NotEligibleForThatReasonWhateverTheRating()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 4).ImprovementPlan("e-1", D(2026, 11, 25), planId: "pip-1").Build();

        var refusal = Assert.Single(FireFor<BonusOnImprovementPlanRule>(snapshot, AsOf, "e-1", null, BonusRules));

        Assert.Equal((DecisionKind.BonusNotEligible, "improvement plan"), (refusal.Kind, refusal.Subject));
        Assert.Equal("Not eligible for the cycle-2026 bonus: the improvement plan pip-1 is in force (since 2026-11-25, until 2027-01-24).", refusal.Explanation.Reason);
        Assert.Empty(FireFor<BonusEligibilityRule>(snapshot, AsOf, "e-1", null, BonusRules));
        Assert.Empty(FireFor<BonusNotEligibleRule>(snapshot, AsOf, "e-1", null, BonusRules));
    }

    [Fact]
    public void Fire_BonusEligibilityAlreadyGrantedForTheCycle_NoDecisionEitherWay()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 4).Recognition("e-1", RecognitionKind.BonusEligibility, 2026, D(2026, 11, 28))
            .Hire("e-2").ManagerReview("e-2", 2026, 2).Recognition("e-2", RecognitionKind.BonusEligibility, 2026, D(2026, 11, 28))
            .Hire("e-3").ManagerReview("e-3", 2026, 4).Recognition("e-3", RecognitionKind.BonusEligibility, 2025, D(2025, 12, 1))
            .Build();

        Assert.DoesNotContain(Fire<BonusEligibilityRule>(snapshot, AsOf), d => d.EmployeeId.Value is "e-1" or "e-2");
        Assert.Empty(Fire<BonusNotEligibleRule>(snapshot, AsOf));
        Assert.Single(FireFor<BonusEligibilityRule>(snapshot, AsOf, "e-3"));
    }

    [Fact]
    public void Fire_UncalibratedRatingOrOnLeave_NoDecisionEitherWay()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 4, calibrate: false)
            .Hire("e-2").ManagerReview("e-2", 2026, 2).Leave("e-2", D(2026, 11, 25))
            .Build();

        foreach (var rule in new Func<IReadOnlyList<Decision>>[]
        {
            () => Fire<BonusEligibilityRule>(snapshot, AsOf),
            () => Fire<BonusNotEligibleRule>(snapshot, AsOf),
            () => Fire<BonusOnImprovementPlanRule>(snapshot, AsOf),
        })
        {
            Assert.Empty(rule());
        }
    }
}
