using System.ComponentModel;
using PerfDomain.Cycles;
using PerfDomain.Reviews;
using PerfDomain.Reviews.Events;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Reviews;

public sealed class ReviewTests
{
    private static readonly ReviewId Id = new("r-1");
    private static readonly CompetencyId Craft = new("comp-craft");
    private static readonly CompetencyId Teamwork = new("comp-team");

    private static Review Draft(ReviewerRole role = ReviewerRole.Manager) =>
        Review.Start(Id, Cycle(), Alice, role == ReviewerRole.Self ? Alice : Bob, role, D(2026, 11, 2));

    private static Review Submitted(int rating = 3, ReviewerRole role = ReviewerRole.Manager)
    {
        var review = Draft(role);
        review.RateOverall(rating);
        review.Submit(D(2026, 11, 20));
        review.ClearDomainEvents();
        return review;
    }

    [Fact]
    public void Start_ManagerReview_IsDraftOnCycleScale()
    {
        var review = Draft();

        Assert.Equal((Id, Cycle2026, Alice, Bob, ReviewerRole.Manager, D(2026, 11, 2)), (review.Id, review.CycleId, review.EmployeeId, review.ReviewerId, review.Role, review.StartedOn));
        Assert.Equal(RatingScale.FivePoint, review.Scale);
        Assert.Equal(ReviewStatus.Draft, review.Status);
        Assert.Null(review.OriginalRating);
        Assert.Null(review.OverallRating);
        Assert.Null(review.SubmittedOn);
        Assert.False(review.IsCalibrated);
        Assert.Equal(new ReviewStarted(Id, Cycle2026, Alice, Bob, ReviewerRole.Manager, D(2026, 11, 2)), DomainAssert.SingleEvent<ReviewStarted>(review));
    }

    [Fact]
    public void Start_SelfReviewByEmployee_IsAccepted()
    {
        Assert.Equal(ReviewerRole.Self, Draft(ReviewerRole.Self).Role);
    }

    [Fact]
    public void Start_SelfReviewBySomeoneElse_ThrowsNamingBoth()
    {
        DomainAssert.Violates("review.reviewer-role", () => Review.Start(Id, Cycle(), Alice, Bob, ReviewerRole.Self, Jan1), "'r-1'", "self review", "'e-bob'", "'e-alice'");
    }

    [Theory]
    [InlineData(ReviewerRole.Manager)]
    [InlineData(ReviewerRole.Peer)]
    [InlineData(ReviewerRole.Upward)]
    public void Start_OtherRoleReviewingThemselves_Throws(ReviewerRole role)
    {
        DomainAssert.Violates("review.reviewer-role", () => Review.Start(Id, Cycle(), Alice, Alice, role, Jan1), "'r-1'", role.ToString(), "'e-alice'", "use Self");
    }

    [Fact]
    public void Start_BadArguments_Throw()
    {
        DomainAssert.Argument<ArgumentException>("id", () => Review.Start(default, Cycle(), Alice, Bob, ReviewerRole.Peer, Jan1), "ReviewId");
        DomainAssert.Argument<ArgumentNullException>("cycle", () => Review.Start(Id, null!, Alice, Bob, ReviewerRole.Peer, Jan1));
        DomainAssert.Argument<ArgumentException>("employeeId", () => Review.Start(Id, Cycle(), default, Bob, ReviewerRole.Peer, Jan1));
        DomainAssert.Argument<ArgumentException>("reviewerId", () => Review.Start(Id, Cycle(), Alice, default, ReviewerRole.Peer, Jan1));
        DomainAssert.Argument<InvalidEnumArgumentException>("role", () => Review.Start(Id, Cycle(), Alice, Bob, (ReviewerRole)7, Jan1));
    }

    [Fact]
    public void RateCompetency_NewAndRepeated_ReplacesInPlace()
    {
        var review = Draft();

        review.RateCompetency(Craft, 2);
        review.RateCompetency(Teamwork, 4);
        review.RateCompetency(Craft, 5);

        Assert.Equal([new CompetencyRating(Craft, 5), new CompetencyRating(Teamwork, 4)], review.CompetencyRatings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RateCompetency_OffScale_ThrowsNamingRating(int rating)
    {
        var review = Draft();

        DomainAssert.Argument<ArgumentOutOfRangeException>("rating", () => review.RateCompetency(Craft, rating), $"Rating {rating}", "1 to 5");
        Assert.Empty(review.CompetencyRatings);
    }

    [Fact]
    public void RateCompetency_WhenSubmitted_Throws()
    {
        DomainAssert.Violates("review.submitted", () => Submitted().RateCompetency(Craft, 3), "'r-1'", "rate a competency");
    }

    [Fact]
    public void RateCompetency_DefaultCompetency_Throws()
    {
        DomainAssert.Argument<ArgumentException>("competencyId", () => Draft().RateCompetency(default, 3), "CompetencyId");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void RateOverall_OnScale_SetsOriginalRating(int rating)
    {
        var review = Draft();

        review.RateOverall(rating);

        Assert.Equal(rating, review.OriginalRating);
        Assert.Equal(rating, review.OverallRating);
    }

    [Fact]
    public void RateOverall_Twice_Replaces()
    {
        var review = Draft();
        review.RateOverall(2);

        review.RateOverall(4);

        Assert.Equal(4, review.OriginalRating);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void RateOverall_OffScale_Throws(int rating)
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("rating", () => Draft().RateOverall(rating), $"Rating {rating}");
    }

    [Fact]
    public void RateOverall_WhenSubmitted_ThrowsAndKeepsRating()
    {
        var review = Submitted(3);

        DomainAssert.Violates("review.submitted", () => review.RateOverall(4), "change the overall rating");
        Assert.Equal(3, review.OriginalRating);
    }

    [Fact]
    public void Submit_WithRating_SubmitsAndRecordsReviewSubmitted()
    {
        var review = Draft();
        review.RateOverall(4);
        review.ClearDomainEvents();

        review.Submit(D(2026, 11, 2));

        Assert.Equal(ReviewStatus.Submitted, review.Status);
        Assert.Equal(D(2026, 11, 2), review.SubmittedOn);
        Assert.Equal(new ReviewSubmitted(Id, Alice, 4, D(2026, 11, 2)), DomainAssert.SingleEvent<ReviewSubmitted>(review));
    }

    [Fact]
    public void Submit_WithoutRating_Throws()
    {
        var review = Draft();

        DomainAssert.Violates("review.overall-rating-required", () => review.Submit(D(2026, 11, 20)), "'r-1'", "'e-alice'");
        Assert.Equal(ReviewStatus.Draft, review.Status);
    }

    [Fact]
    public void Submit_BeforeStart_ThrowsNamingDates()
    {
        var review = Draft();
        review.RateOverall(3);

        DomainAssert.Violates("review.date-order", () => review.Submit(D(2026, 11, 1)), "2026-11-02", "2026-11-01");
        Assert.Equal(ReviewStatus.Draft, review.Status);
    }

    [Fact]
    public void Submit_Twice_Throws()
    {
        DomainAssert.Violates("review.submitted", () => Submitted().Submit(D(2026, 11, 21)), "submit it again");
    }

    [Fact]
    public void Calibrate_ChangedWithReason_KeepsOriginalAndRecordsRatingCalibrated()
    {
        var review = Submitted(3);

        var calibration = review.Calibrate(4, Carol, "Led the migration", D(2026, 12, 1));

        Assert.Equal(new Calibration(3, 4, Carol, "Led the migration", D(2026, 12, 1)), calibration);
        Assert.True(calibration.ChangedRating);
        Assert.Equal(3, review.OriginalRating);
        Assert.Equal(4, review.OverallRating);
        Assert.True(review.IsCalibrated);
        Assert.Equal([calibration], review.Calibrations);
        Assert.Equal(new RatingCalibrated(Id, Alice, calibration, D(2026, 12, 1)), DomainAssert.SingleEvent<RatingCalibrated>(review));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Calibrate_ConfirmedWithoutReason_IsAcceptedWithNullReason(string? reason)
    {
        var review = Submitted(3);

        var calibration = review.Calibrate(3, Carol, reason, D(2026, 11, 20));

        Assert.False(calibration.ChangedRating);
        Assert.Null(calibration.Reason);
        Assert.True(review.IsCalibrated);
        Assert.Equal(3, review.OverallRating);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Calibrate_ChangedWithoutReason_ThrowsNamingRatings(string? reason)
    {
        var review = Submitted(3);

        DomainAssert.Violates("review.calibration-reason", () => review.Calibrate(2, Carol, reason, D(2026, 12, 1)), "'r-1'", "from 3 to 2", "reason");
        Assert.False(review.IsCalibrated);
    }

    [Fact]
    public void Calibrate_Twice_ChainsFromPreviousCalibration()
    {
        var review = Submitted(3);
        review.Calibrate(4, Carol, "First", D(2026, 12, 1));

        var second = review.Calibrate(2, Dan, "Second", D(2026, 12, 1));

        Assert.Equal(4, second.OriginalRating);
        Assert.Equal(2, review.OverallRating);
        Assert.Equal(3, review.OriginalRating);
        Assert.Equal(2, review.Calibrations.Count);
    }

    [Fact]
    public void Calibrate_BeforeSubmission_ThrowsNamingDates()
    {
        DomainAssert.Violates("review.date-order", () => Submitted().Calibrate(4, Carol, "x", D(2026, 11, 19)), "2026-11-19", "2026-11-20");
    }

    [Fact]
    public void Calibrate_BeforePreviousCalibration_Throws()
    {
        var review = Submitted();
        review.Calibrate(4, Carol, "x", D(2026, 12, 5));

        DomainAssert.Violates("review.date-order", () => review.Calibrate(5, Carol, "y", D(2026, 12, 4)), "2026-12-04", "2026-12-05");
        Assert.Equal(4, review.OverallRating);
    }

    [Fact]
    public void Calibrate_Draft_ThrowsScope()
    {
        var review = Draft();
        review.RateOverall(3);

        DomainAssert.Violates("review.calibration-scope", () => review.Calibrate(4, Carol, "x", D(2026, 12, 1)), "'r-1'", "draft", "Manager");
    }

    [Theory]
    [InlineData(ReviewerRole.Self)]
    [InlineData(ReviewerRole.Peer)]
    [InlineData(ReviewerRole.Upward)]
    public void Calibrate_NonManagerReview_ThrowsScope(ReviewerRole role)
    {
        DomainAssert.Violates("review.calibration-scope", () => Submitted(3, role).Calibrate(4, Carol, "x", D(2026, 12, 1)), "submitted", role.ToString());
    }

    [Fact]
    public void Calibrate_OffScale_ThrowsArgumentOutOfRange()
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("rating", () => Submitted().Calibrate(6, Carol, "x", D(2026, 12, 1)), "Rating 6");
    }

    [Fact]
    public void Calibrate_DefaultCalibrator_Throws()
    {
        DomainAssert.Argument<ArgumentException>("calibratedBy", () => Submitted().Calibrate(4, default, "x", D(2026, 12, 1)), "EmployeeId");
    }

    [Fact]
    public void Calibrate_ReasonOf2001_Throws()
    {
        DomainAssert.Argument<ArgumentException>("reason", () => Submitted().Calibrate(4, Carol, new string('r', 2001), D(2026, 12, 1)), "2000", "2001");
    }

    [Fact]
    public void Scale_IsTheCyclesScale()
    {
        var review = Review.Start(Id, Cycle(RatingScale.ThreePoint), Alice, Bob, ReviewerRole.Manager, Jan1);

        DomainAssert.Argument<ArgumentOutOfRangeException>("rating", () => review.RateOverall(4), "1 to 3");
    }

    [Fact]
    public void ToString_NamesRoleStatusAndRating()
    {
        Assert.Equal("r-1: Manager review of e-alice by e-bob in c-2026 (Draft, rating none)", Draft().ToString());
        Assert.Equal("r-1: Manager review of e-alice by e-bob in c-2026 (Submitted, rating 3)", Submitted(3).ToString());
    }
}
