using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotAssembler
{
    private Review AssembleReview(ReviewDocument document, SnapshotPath path)
    {
        var cycle = Cycle(Id<CycleId>(document.CycleId, path.Field("cycleId")), path.Field("cycleId"));
        var review = Review.Start(
            Id<ReviewId>(document.Id, path.Field("id")),
            cycle,
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            Id<EmployeeId>(document.ReviewerId, path.Field("reviewerId")),
            Required(document.Role, path.Field("role")),
            Required(document.StartedOn, path.Field("startedOn")));

        var competencies = document.CompetencyRatings ?? [];
        var rated = new HashSet<CompetencyId>();
        for (var i = 0; i < competencies.Count; i++)
        {
            var at = path.Field("competencyRatings")[i];
            var rating = Required(competencies[i], at);
            var competency = Id<CompetencyId>(rating.CompetencyId, at.Field("competencyId"));
            if (!rated.Add(competency))
            {
                throw at.Field("competencyId").Error($"competency '{competency}' is rated twice.");
            }

            review.RateCompetency(competency, OnScale(cycle, rating.Rating, at.Field("rating")));
        }

        if (document.OverallRating is { } overall)
        {
            review.RateOverall(OnScale(cycle, overall, path.Field("overallRating")));
        }

        if (document.SubmittedOn is { } submittedOn)
        {
            Guarded(path.Field("submittedOn"), () => review.Submit(submittedOn));
        }

        var calibrations = document.Calibrations ?? [];
        for (var i = 0; i < calibrations.Count; i++)
        {
            var at = path.Field("calibrations")[i];
            var calibration = Required(calibrations[i], at);
            var original = OnScale(cycle, calibration.OriginalRating, at.Field("originalRating"));
            if (review.Status == ReviewStatus.Submitted && original != review.OverallRating)
            {
                throw at.Field("originalRating").Error($"is {original}, but the rating before this calibration is {review.OverallRating}.");
            }

            var calibrated = OnScale(cycle, calibration.CalibratedRating, at.Field("calibratedRating"));
            var by = Id<EmployeeId>(calibration.CalibratedBy, at.Field("calibratedBy"));
            var on = Required(calibration.CalibratedOn, at.Field("calibratedOn"));
            Guarded(at, () => review.Calibrate(calibrated, by, calibration.Reason, on));
        }

        review.ClearDomainEvents();
        return review;
    }

    private static int OnScale(PerformanceCycle cycle, int? rating, SnapshotPath path)
    {
        var value = Required(rating, path);
        return cycle.Scale.Contains(value)
            ? value
            : throw path.Error($"rating {value} is off the scale of cycle '{cycle.Id}', which has points 1 to {cycle.Scale.Top} ({cycle.Scale}).");
    }
}
