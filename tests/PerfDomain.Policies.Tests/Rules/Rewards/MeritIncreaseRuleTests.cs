using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Rewards;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Rewards;

/// <summary>
/// The merit rule over small organisations, every guideline worked out by hand from the default matrix (rows from the
/// top point: [6, 5, 4, 3], [4.5, 4, 3, 2], [3, 2.5, 2, 1]) and the default range of grade g-2 (50,000 – 60,000 – 70,000 EUR).
/// </summary>
public sealed class MeritIncreaseRuleTests
{
    private static readonly NodaTime.LocalDate AsOf = D(2026, 12, 1);

    [Fact]
    public void Fire_CalibratedMeetsInTheSecondQuartile_RecommendsTheCellNeedingApproval()
    {
        // 55,000 lies at (55,000 − 50,000) ÷ 20,000 = 0.25 of the range: quartile 2, column 1; rating 3 of 5 is row 2: 2.5%.
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 55_000m).ManagerReview("e-1", 2026, 3).Build();

        var merit = Assert.Single(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));

        Assert.Equal(DecisionKind.MeritIncreaseRecommended, merit.Kind);
        Assert.Equal(OrganizationBuilder.Cycle2026, merit.CycleId);
        Assert.True(merit.RequiresApproval);
        Assert.Equal("2.50%", merit.Subject);
        AssertExplained(
            merit, "rewards", "rewards.merit-increase", AsOf,
            ["meritMatrix[2][1]", "meritColumns", "meritLumpSumAboveMaximum", "rewardsWindowDays"],
            ["Rating", "CycleService", "Compensation"],
            "Consider a merit increase of 2.50%: the matrix gives 2.50% for the calibrated rating 'Meets expectations' (3 of 5) in range quartile 2: 1,375.00 EUR a year on 55,000.00 EUR.");
        Assert.Equal("2.5", merit.Explanation.Parameters["meritMatrix[2][1]"]);
    }

    [Fact]
    public void Fire_HiredHalfwayThroughTheCycle_ProratesTheCell()
    {
        // Hired 2026-07-02: 183 of 365 days; 65,000 is quartile 4 (column 3), rating 4 row 1: 2% × 183/365 = 1.0027% → 1.00%.
        var snapshot = new OrganizationBuilder().Hire("e-1", on: D(2026, 7, 2)).Pay("e-1", 65_000m).ManagerReview("e-1", 2026, 4).Build();

        var merit = Assert.Single(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("1.00%", merit.Subject);
        Assert.Contains("prorated ×0.501 for 183 of 365 days worked to 1.00%: 650.00 EUR a year on 65,000.00 EUR", merit.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_LeaveInTheCycle_ProratesForTheDaysWorked()
    {
        // On leave 1 March to 29 April (60 days): 305 of 365 days; 58,000 is quartile 2, rating 5 row 0: 5% × 305/365 = 4.178% → 4.17%.
        var snapshot = new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 3, 1), D(2026, 4, 30)).Pay("e-1", 58_000m).ManagerReview("e-1", 2026, 5).Build();

        var merit = Assert.Single(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("4.17%", merit.Subject);
        Assert.Contains("for 305 of 365 days worked", merit.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_NearTheRangeMaximum_CapsTheIncreaseAndPaysTheRestAsALumpSum()
    {
        // 69,000 is quartile 4, rating 5 row 0: 3%; the maximum allows (70,000 − 69,000) ÷ 69,000 = 1.449% → 1.44%, the other 1.56% a lump sum.
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 69_000m).ManagerReview("e-1", 2026, 5).Build();

        var merit = Assert.Single(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));

        Assert.Equal("1.44% + 1.56% lump sum", merit.Subject);
        Assert.Contains(
            "capped at the range maximum (70,000.00 EUR): 1.44% (993.60 EUR a year) as an increase and 1.56% (1,076.40 EUR) as a lump sum",
            merit.Explanation.Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_AtTheRangeMaximumWithoutLumpSums_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 70_000m).ManagerReview("e-1", 2026, 5).Build();
        var parameters = PolicyParameters.Default with { Rewards = PolicyParameters.Default.Rewards with { MeritLumpSumAboveMaximum = false } };

        Assert.Empty(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1", parameters));
        Assert.Equal("0.00% + 3.00% lump sum", Assert.Single(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1")).Subject);
    }

    [Fact]
    public void Fire_WithoutPay_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 5).Build();

        Assert.Empty(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));
    }

    [Fact]
    public void Fire_BelowMeetsOrUncalibrated_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").Pay("e-1", 55_000m).ManagerReview("e-1", 2026, 2)
            .Hire("e-2").Pay("e-2", 55_000m).ManagerReview("e-2", 2026, 5, calibrate: false)
            .Build();

        Assert.Empty(Fire<MeritIncreaseRule>(snapshot, AsOf));
    }

    [Fact]
    public void Fire_DuringAnImprovementPlan_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 55_000m).ManagerReview("e-1", 2026, 3).ImprovementPlan("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));
        Assert.Single(FireFor<MeritIncreaseRule>(snapshot, D(2026, 11, 24), "e-1"));
    }

    [Fact]
    public void Fire_PayChangedAfterTheCalibration_MakesNoDecision()
    {
        // The increase was given on 2026-11-25, after the calibration of 2026-11-20.
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 55_000m).Pay("e-1", 56_375m, from: D(2026, 11, 25)).ManagerReview("e-1", 2026, 3).Build();

        Assert.Empty(FireFor<MeritIncreaseRule>(snapshot, AsOf, "e-1"));
        Assert.Single(FireFor<MeritIncreaseRule>(snapshot, D(2026, 11, 24), "e-1"));
    }

    [Fact]
    public void Fire_RewardsWindow_EndsTheDaysAfterTheCycle()
    {
        // The 2026 cycle ends on 2026-12-31; rewards are decided for 120 days after it, to 2027-04-30.
        var snapshot = new OrganizationBuilder().Hire("e-1").Pay("e-1", 55_000m).ManagerReview("e-1", 2026, 3).Build();

        Assert.Single(FireFor<MeritIncreaseRule>(snapshot, D(2027, 4, 30), "e-1"));
        Assert.Empty(FireFor<MeritIncreaseRule>(snapshot, D(2027, 5, 1), "e-1"));
    }
}
