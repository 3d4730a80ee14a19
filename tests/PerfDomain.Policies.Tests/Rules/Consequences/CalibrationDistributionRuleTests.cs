using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class CalibrationDistributionRuleTests
{
    // Submitted ratings, each calibrated (on 20 November) to the given value, or left uncalibrated (null).
    private static Snapshots.OrganizationSnapshot Calibrated(params int?[] calibratedTo)
    {
        var builder = new OrganizationBuilder();
        for (var i = 0; i < calibratedTo.Length; i++)
        {
            builder.Hire($"e-{i + 1}").ManagerReview($"e-{i + 1}", 2026, 5, calibrate: calibratedTo[i] is not null, calibratedTo: calibratedTo[i]);
        }

        return builder.Build();
    }

    [Fact]
    public void Fire_SixCalibratedToTheTop_FlagsTheManagerForHr()
    {
        var flag = Assert.Single(FireFor<CalibrationDistributionRule>(Calibrated(5, 5, 5, 5, 5, 5), D(2026, 12, 1), "mgr"));

        Assert.Equal(DecisionKind.CalibrationDistributionReview, flag.Kind);
        Assert.Equal(OrganizationBuilder.Manager, flag.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, flag.CycleId);
        Assert.True(flag.RequiresApproval);
        Assert.Equal(EscalationLevel.HumanResources, flag.EscalateTo);
        AssertExplained(flag, "rating-consequences", "consequences.calibration-distribution", D(2026, 12, 1), ["calibrationDistributionMinimumGroupSize"], ["ManagerRating"], "all 6 calibrated ratings are at the top point (5 of 5)", "cycle-2026");
        Assert.All(flag.Explanation.Facts.Where(f => f.Type == "ManagerRating"), f => Assert.Equal("5", f.Values["calibratedRating"]));
    }

    [Fact]
    public void Fire_OneCalibratedBelowTheTop_NoFlag()
    {
        Assert.Empty(FireFor<CalibrationDistributionRule>(Calibrated(5, 5, 5, 5, 4), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_OneNotCalibratedYet_NoFlag_TheCalibrationReviewAdvisesInstead()
    {
        Assert.Empty(FireFor<CalibrationDistributionRule>(Calibrated(5, 5, 5, 5, 5, null), D(2026, 12, 1), "mgr"));
        Assert.Single(FireFor<CalibrationReviewRule>(Calibrated(5, 5, 5, 5, 5, null), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_BeforeCalibration_NoFlag_GroupOfFourNoFlag()
    {
        Assert.Empty(FireFor<CalibrationDistributionRule>(Calibrated(5, 5, 5, 5, 5), D(2026, 11, 19), "mgr"));
        Assert.Empty(FireFor<CalibrationDistributionRule>(Calibrated(5, 5, 5, 5), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_MinimumGroupSizeParameter_IsHonoured()
    {
        var parameters = new PolicyParameters { RatingConsequences = new ConsequenceParameters { CalibrationDistributionMinimumGroupSize = 3 } };

        var flag = Assert.Single(FireFor<CalibrationDistributionRule>(Calibrated(5, 5, 5), D(2026, 12, 1), "mgr", parameters));
        Assert.Equal("3", flag.Explanation.Parameters["calibrationDistributionMinimumGroupSize"]);
    }
}
