using PerfDomain.Cycles;
using PerfDomain.TalentReview;
using PerfDomain.TalentReview.Events;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.TalentReview;

public sealed class PotentialAssessmentTests
{
    private static readonly PotentialAssessmentId Id = new("pa-1");

    private static PotentialAssessment Assessed(PotentialLevel potential = PotentialLevel.Moderate) =>
        PotentialAssessment.Assess(Id, Cycle2026, Alice, Bob, potential, D(2026, 11, 10));

    [Fact]
    public void Assess_RecordsTheAssessment()
    {
        var assessment = Assessed();

        Assert.Equal((PotentialLevel.Moderate, PotentialLevel.Moderate, false), (assessment.OriginalPotential, assessment.Potential, assessment.IsCalibrated));
        Assert.Equal(new PotentialAssessed(Id, Cycle2026, Alice, Bob, PotentialLevel.Moderate, D(2026, 11, 10)), Assert.Single(assessment.DomainEvents));
    }

    [Fact]
    public void Assess_OwnPotential_IsRefused()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => PotentialAssessment.Assess(Id, Cycle2026, Alice, Alice, PotentialLevel.High, Jan1));

        Assert.Equal("potential.self", error.Rule);
    }

    [Fact]
    public void Calibrate_ChangesThePotential_KeepsTheOriginalAndRecordsAnEvent()
    {
        var assessment = Assessed();
        assessment.ClearDomainEvents();

        var calibration = assessment.Calibrate(PotentialLevel.High, Carol, "Leads beyond the team.", D(2026, 11, 13));

        Assert.Equal((PotentialLevel.Moderate, PotentialLevel.High, true), (assessment.OriginalPotential, assessment.Potential, calibration.ChangedPotential));
        Assert.Equal(new PotentialCalibrated(Id, Alice, calibration, D(2026, 11, 13)), Assert.Single(assessment.DomainEvents));
    }

    [Fact]
    public void Calibrate_ChangeWithoutAReason_IsRefusedInTheLevelsWords()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Assessed().Calibrate(PotentialLevel.Low, Carol, " ", D(2026, 11, 13)));

        Assert.Equal("potential.calibration-reason", error.Rule);
        Assert.Equal("Calibrating potential assessment 'pa-1' from moderate to low potential needs a reason.", error.Message);
    }

    [Fact]
    public void Calibrate_ConfirmationNeedsNoReason_ButNotBeforeTheAssessment()
    {
        var assessment = Assessed();

        Assert.False(assessment.Calibrate(PotentialLevel.Moderate, Carol, null, D(2026, 11, 10)).ChangedPotential);
        Assert.True(assessment.IsCalibrated);
        Assert.Equal("potential.date-order", Assert.Throws<DomainRuleViolationException>(() => assessment.Calibrate(PotentialLevel.Moderate, Carol, null, D(2026, 11, 9))).Rule);
    }

    [Theory]
    [InlineData(2, PotentialLevel.Low, 1, "risk")]
    [InlineData(3, PotentialLevel.Low, 2, "effective")]
    [InlineData(5, PotentialLevel.Low, 3, "trusted professional")]
    [InlineData(3, PotentialLevel.Moderate, 5, "core player")]
    [InlineData(1, PotentialLevel.High, 7, "rough diamond")]
    [InlineData(4, PotentialLevel.High, 9, "star")]
    public void PlaceWith_CalibratedRatingAndPotential_GivesTheNineBox(int rating, PotentialLevel potential, int box, string name)
    {
        var placement = Assessed(potential).PlaceWith(RatingScale.FivePoint, rating);

        Assert.Equal((box, name), (placement.Box, placement.Name));
    }

    [Fact]
    public void PlaceWith_RatingOffTheScale_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessed().PlaceWith(RatingScale.FivePoint, 6));
    }
}
