using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Reviews;
using PerfDomain.Reviews.Events;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(ReviewsArbitraries)], MaxTest = 300)]
public sealed class CalibrationProperties
{
    private static readonly LocalDate Submitted = new(2026, 11, 20);

    [Property]
    public void Calibrate_AnySequence_KeepsOriginalAndChainsRatings(CalibrationScenario scenario)
    {
        var cycle = new PerformanceCycle(
            new CycleId("c-prop"),
            "Prop",
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            TestSupport.TestData.StandardWindows(),
            scenario.Scale);
        var review = Review.Start(new ReviewId("r-prop"), cycle, new EmployeeId("e-1"), new EmployeeId("e-2"), ReviewerRole.Manager, Submitted);
        review.RateOverall(scenario.Original);
        review.Submit(Submitted);
        review.ClearDomainEvents();
        var day = Submitted;

        foreach (var step in scenario.Steps)
        {
            var before = review.OverallRating;
            day = day.PlusDays(step.DaysLater);

            var calibration = review.Calibrate(step.Rating, new EmployeeId("e-hr"), step.Reason, day);

            Assert.Equal(before, calibration.OriginalRating);
            Assert.Equal(step.Rating, calibration.CalibratedRating);
            Assert.Equal(step.Rating, review.OverallRating);
            Assert.Equal(scenario.Original, review.OriginalRating);
            Assert.Same(calibration, Assert.IsType<RatingCalibrated>(review.DomainEvents[^1]).Calibration);
        }

        var calibrations = review.Calibrations;
        Assert.Equal(scenario.Steps.Length, calibrations.Count);
        Assert.Equal(scenario.Steps.Length > 0, review.IsCalibrated);
        Assert.Equal(calibrations.Select(c => c.CalibratedRating).Prepend(scenario.Original).SkipLast(1), calibrations.Select(c => c.OriginalRating));
        Assert.Equal(calibrations.Count > 0 ? calibrations[^1].CalibratedRating : scenario.Original, review.OverallRating);
        Assert.True(calibrations.Zip(calibrations.Skip(1)).All(p => p.First.CalibratedOn <= p.Second.CalibratedOn), "calibration dates are non-decreasing");
        Assert.Equal(scenario.Steps.Length, review.DomainEvents.Count);
    }
}
