using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class CalibrationReviewRuleTests
{
    private static Snapshots.OrganizationSnapshot Rated(bool calibrate, params int[] ratings)
    {
        var builder = new OrganizationBuilder();
        for (var i = 0; i < ratings.Length; i++)
        {
            builder.Hire($"e-{i + 1}").ManagerReview($"e-{i + 1}", 2026, ratings[i], calibrate: calibrate, calibratedTo: calibrate ? 3 : null);
        }

        return builder.Build();
    }

    [Fact]
    public void Fire_MoreThanHalfAtTheTop_AdvisesCalibrationReviewOfTheManager()
    {
        var advice = Assert.Single(FireFor<CalibrationReviewRule>(Rated(false, 5, 5, 5, 4, 3), D(2026, 12, 1), "mgr"));

        Assert.Equal(DecisionKind.CalibrationReviewRecommended, advice.Kind);
        Assert.Equal(OrganizationBuilder.Manager, advice.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, advice.CycleId);
        Assert.Null(advice.DueOn);
        Assert.False(advice.RequiresApproval);
        AssertExplained(advice, "rating-consequences", "consequences.calibration-review", D(2026, 12, 1), ["calibrationMinimumGroupSize", "calibrationMaximumTopShare"], ["ManagerRating"], "3 of 5 ratings are at the top point", "cycle-2026", "advisory");
        Assert.Equal(5, advice.Explanation.Facts.Count(f => f.Type == "ManagerRating"));
        Assert.Equal("0.5", advice.Explanation.Parameters["calibrationMaximumTopShare"]);
    }

    [Fact]
    public void Fire_ExactlyHalfAtTheTop_NoAdvice()
    {
        Assert.Empty(FireFor<CalibrationReviewRule>(Rated(false, 5, 5, 5, 4, 3, 2), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_TwoOfFiveAtTheTop_NoAdvice()
    {
        Assert.Empty(FireFor<CalibrationReviewRule>(Rated(false, 5, 5, 4, 4, 3), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_AllIdenticalInAGroupOfFive_AdvisesReview_GroupOfFourDoesNot()
    {
        var advice = Assert.Single(FireFor<CalibrationReviewRule>(Rated(false, 3, 3, 3, 3, 3), D(2026, 12, 1), "mgr"));

        Assert.Contains("all 5 ratings are 3", advice.Explanation.Reason, StringComparison.Ordinal);
        Assert.Empty(FireFor<CalibrationReviewRule>(Rated(false, 3, 3, 3, 3), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_EveryRatingCalibrated_NoMoreAdvice_DayBeforeCalibrationYes()
    {
        // The builder calibrates on 20 November: until then the submitted ratings are what calibration looks at.
        Assert.Empty(FireFor<CalibrationReviewRule>(Rated(true, 5, 5, 5, 4, 3), D(2026, 11, 20), "mgr"));
        Assert.Single(FireFor<CalibrationReviewRule>(Rated(true, 5, 5, 5, 4, 3), D(2026, 11, 19), "mgr"));
    }

    [Fact]
    public void Fire_ManagerOnLeave_NoAdvice()
    {
        var builder = new OrganizationBuilder();
        foreach (var i in Enumerable.Range(1, 5))
        {
            builder.Hire($"e-{i}").ManagerReview($"e-{i}", 2026, 5, calibrate: false);
        }

        Assert.Empty(FireFor<CalibrationReviewRule>(builder.Leave("mgr", D(2026, 11, 25)).Build(), D(2026, 12, 1), "mgr"));
    }

    [Fact]
    public void Fire_BeforeSubmission_NoAdvice()
    {
        Assert.Empty(FireFor<CalibrationReviewRule>(Rated(false, 5, 5, 5, 4, 3), D(2026, 11, 9), "mgr"));
    }
}
