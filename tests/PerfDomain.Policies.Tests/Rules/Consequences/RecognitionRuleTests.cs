using PerfDomain.Consequences;
using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Consequences;

public sealed class RecognitionRuleTests
{
    [Fact]
    public void Fire_CalibratedTopRating_RecommendsRecognitionNeedingApproval()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 5).Build();

        var recognition = Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.RecognitionRecommended, recognition.Kind);
        Assert.Equal(new EmployeeId("e-1"), recognition.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, recognition.CycleId);
        Assert.Null(recognition.DueOn);
        Assert.True(recognition.RequiresApproval);
        AssertExplained(recognition, "rating-consequences", "consequences.recognition", D(2026, 12, 1), ["recognitionRatingLabel"], ["Rating", "Employee"], "'Outstanding'", "5 of 5", "cycle-2026");
        Assert.Equal("top point", recognition.Explanation.Parameters["recognitionRatingLabel"]);
        Assert.Equal("5", Assert.Single(recognition.Explanation.Facts, f => f.Type == "Rating").Values["rating"]);
    }

    [Fact]
    public void Fire_OnePointBelowTheTop_NoRecognition()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 4).Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_UncalibratedTopRating_NoRecognition()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 5, calibrate: false).Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_DayBeforeCalibration_NoRecognition_CalibrationDayYes()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 5, calibratedOn: D(2026, 11, 20)).Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 11, 19), "e-1"));
        Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 11, 20), "e-1"));
    }

    [Fact]
    public void Fire_CalibratedDownFromTheTop_NoRecognition_CalibratedUpToTheTopYes()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 5, calibratedTo: 4)
            .Hire("e-2").ManagerReview("e-2", 2026, 4, calibratedTo: 5)
            .Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-2"));
    }

    [Fact]
    public void Fire_AlreadyRecognisedForTheCycle_NoRecognition_OtherKindOrCycleDoesNotCount()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 5).Recognition("e-1", RecognitionKind.Recognition, 2026, D(2026, 11, 25))
            .Hire("e-2").ManagerReview("e-2", 2026, 5).Recognition("e-2", RecognitionKind.BonusEligibility, 2026, D(2026, 11, 25)).Recognition("e-2", RecognitionKind.Recognition, 2025, D(2025, 12, 1))
            .Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-2"));
        Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 11, 24), "e-1"));
    }

    [Fact]
    public void Fire_TopRatingInAnEarlierCycleOnly_NoRecognition()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 5).ManagerReview("e-1", 2026, 3).Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Equal(OrganizationBuilder.Cycle2025, Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 11, 19), "e-1")).CycleId);
    }

    [Fact]
    public void Fire_OnLeave_NoRecognition()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 5).Leave("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_RecognitionLabelParameter_UsesThatLabelIgnoringCase()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 4).Hire("e-2").ManagerReview("e-2", 2026, 5).Build();
        var parameters = WithConsequences(c => c with { RecognitionRatingLabel = "exceeds EXPECTATIONS" });

        var recognition = Assert.Single(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-1", parameters));
        Assert.Equal("exceeds EXPECTATIONS", recognition.Explanation.Parameters["recognitionRatingLabel"]);
        Assert.Empty(FireFor<RecognitionRule>(snapshot, D(2026, 12, 1), "e-2", parameters));
    }
}
