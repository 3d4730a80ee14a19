using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Reviews.Events;

namespace PerfDomain.Reviews;

/// <summary>
/// A review of one employee for one cycle by one reviewer in a role, with an overall rating and
/// competency ratings on the cycle's rating scale.
/// </summary>
/// <remarks>
/// A review is written as a draft, then submitted with an overall rating. A submitted manager
/// review may be calibrated, any number of times: each <see cref="Calibration"/> keeps the rating
/// before and after, who calibrated and why, and <see cref="OriginalRating"/> always stays the
/// rating the reviewer submitted. Not thread-safe; identity is <see cref="Id"/>.
/// </remarks>
public sealed class Review : AggregateRoot
{
    private readonly List<CompetencyRating> _competencyRatings = [];
    private readonly List<Calibration> _calibrations = [];

    private Review(ReviewId id, CycleId cycleId, RatingScale scale, EmployeeId employeeId, EmployeeId reviewerId, ReviewerRole role, LocalDate startedOn)
    {
        Id = id;
        CycleId = cycleId;
        Scale = scale;
        EmployeeId = employeeId;
        ReviewerId = reviewerId;
        Role = role;
        StartedOn = startedOn;
    }

    /// <summary>Gets the review's identifier.</summary>
    public ReviewId Id { get; }

    /// <summary>Gets the cycle.</summary>
    public CycleId CycleId { get; }

    /// <summary>Gets the cycle's rating scale, against which every rating is checked.</summary>
    public RatingScale Scale { get; }

    /// <summary>Gets the employee reviewed.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the reviewer.</summary>
    public EmployeeId ReviewerId { get; }

    /// <summary>Gets the reviewer's role.</summary>
    public ReviewerRole Role { get; }

    /// <summary>Gets the day the review was started.</summary>
    public LocalDate StartedOn { get; }

    /// <summary>Gets whether the review is a draft or submitted.</summary>
    public ReviewStatus Status { get; private set; }

    /// <summary>Gets the day it was submitted, if it was.</summary>
    public LocalDate? SubmittedOn { get; private set; }

    /// <summary>Gets the overall rating the reviewer gave (before any calibration), if any yet.</summary>
    public int? OriginalRating { get; private set; }

    /// <summary>Gets the overall rating that stands: the latest calibrated rating, else the original.</summary>
    public int? OverallRating => _calibrations.Count > 0 ? _calibrations[^1].CalibratedRating : OriginalRating;

    /// <summary>Gets whether the overall rating has been through calibration (changed or confirmed).</summary>
    public bool IsCalibrated => _calibrations.Count > 0;

    /// <summary>Gets the calibrations, oldest first.</summary>
    public IReadOnlyList<Calibration> Calibrations => _calibrations;

    /// <summary>Gets the competency ratings, in the order first given.</summary>
    public IReadOnlyList<CompetencyRating> CompetencyRatings => _competencyRatings;

    /// <summary>Starts a draft review.</summary>
    /// <param name="id">The review's identifier.</param>
    /// <param name="cycle">The cycle, whose scale the ratings use.</param>
    /// <param name="employeeId">The employee reviewed.</param>
    /// <param name="reviewerId">The reviewer: the employee themselves for a self review, someone else otherwise.</param>
    /// <param name="role">The reviewer's role.</param>
    /// <param name="on">The day the review starts.</param>
    /// <returns>The draft, with a <see cref="ReviewStarted"/> event recorded.</returns>
    /// <exception cref="DomainRuleViolationException">The reviewer does not fit the role (<c>review.reviewer-role</c>).</exception>
    public static Review Start(ReviewId id, PerformanceCycle cycle, EmployeeId employeeId, EmployeeId reviewerId, ReviewerRole role, LocalDate on)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.Null(cycle);
        Guard.Against.DefaultId(employeeId);
        Guard.Against.DefaultId(reviewerId);
        Guard.Against.EnumOutOfRange(role);
        if ((role == ReviewerRole.Self) != (employeeId == reviewerId))
        {
            throw new DomainRuleViolationException(
                "review.reviewer-role",
                role == ReviewerRole.Self
                    ? $"Review '{id}' is a self review, but '{reviewerId}' reviews '{employeeId}'."
                    : $"Review '{id}' is a {role} review in which '{employeeId}' reviews themselves; use {ReviewerRole.Self}.");
        }

        var review = new Review(id, cycle.Id, cycle.Scale, employeeId, reviewerId, role, on);
        review.Record(new ReviewStarted(id, cycle.Id, employeeId, reviewerId, role, on));
        return review;
    }

    /// <summary>Rates one competency, replacing an earlier rating of it.</summary>
    /// <param name="competencyId">The competency.</param>
    /// <param name="rating">A point of the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    /// <exception cref="DomainRuleViolationException">The review is submitted (<c>review.submitted</c>).</exception>
    public void RateCompetency(CompetencyId competencyId, int rating)
    {
        Guard.Against.DefaultId(competencyId);
        Scale.Require(rating, nameof(rating));
        RequireDraft("rate a competency");
        var index = _competencyRatings.FindIndex(r => r.CompetencyId == competencyId);
        var value = new CompetencyRating(competencyId, rating);
        if (index >= 0)
        {
            _competencyRatings[index] = value;
        }
        else
        {
            _competencyRatings.Add(value);
        }
    }

    /// <summary>Gives the overall rating, replacing an earlier one.</summary>
    /// <param name="rating">A point of the scale.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    /// <exception cref="DomainRuleViolationException">The review is submitted (<c>review.submitted</c>).</exception>
    public void RateOverall(int rating)
    {
        Scale.Require(rating, nameof(rating));
        RequireDraft("change the overall rating");
        OriginalRating = rating;
    }

    /// <summary>Submits the review, freezing its ratings.</summary>
    /// <param name="on">The day of submission: not before the review started.</param>
    /// <exception cref="DomainRuleViolationException">The review is submitted already, has no overall rating, or the day predates its start.</exception>
    public void Submit(LocalDate on)
    {
        RequireDraft("submit it again");
        if (OriginalRating is not { } rating)
        {
            throw new DomainRuleViolationException("review.overall-rating-required", $"Review '{Id}' of '{EmployeeId}' cannot be submitted without an overall rating.");
        }

        if (on < StartedOn)
        {
            throw new DomainRuleViolationException("review.date-order", $"Review '{Id}' started on {StartedOn:uuuu-MM-dd}; it cannot be submitted earlier, on {on:uuuu-MM-dd}.");
        }

        Status = ReviewStatus.Submitted;
        SubmittedOn = on;
        Record(new ReviewSubmitted(Id, EmployeeId, rating, on));
    }

    /// <summary>Calibrates the overall rating of a submitted manager review: changes it, or confirms it.</summary>
    /// <param name="rating">The calibrated rating, a point of the scale.</param>
    /// <param name="calibratedBy">Who calibrates.</param>
    /// <param name="reason">Why; required when the rating changes.</param>
    /// <param name="on">The day of calibration: not before submission or the previous calibration.</param>
    /// <returns>The calibration recorded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// The review is not a submitted manager review (<c>review.calibration-scope</c>), a changed
    /// rating has no reason (<c>review.calibration-reason</c>), or the day is too early (<c>review.date-order</c>).
    /// </exception>
    public Calibration Calibrate(int rating, EmployeeId calibratedBy, string? reason, LocalDate on)
    {
        Scale.Require(rating, nameof(rating));
        Guard.Against.DefaultId(calibratedBy);
        if (Role != ReviewerRole.Manager || Status != ReviewStatus.Submitted)
        {
            throw new DomainRuleViolationException("review.calibration-scope", $"Review '{Id}' is a {Status.ToString().ToLowerInvariant()} {Role} review; only submitted manager reviews are calibrated.");
        }

        var before = OverallRating!.Value;
        if (rating != before && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolationException("review.calibration-reason", $"Calibrating review '{Id}' from {before} to {rating} needs a reason.");
        }

        var latest = _calibrations.Count > 0 ? _calibrations[^1].CalibratedOn : SubmittedOn!.Value;
        if (on < latest)
        {
            throw new DomainRuleViolationException("review.date-order", $"Review '{Id}' cannot be calibrated on {on:uuuu-MM-dd}, before its submission or latest calibration on {latest:uuuu-MM-dd}.");
        }

        var calibration = new Calibration(before, rating, calibratedBy, string.IsNullOrWhiteSpace(reason) ? null : Guard.Against.InvalidText(reason, 2000), on);
        _calibrations.Add(calibration);
        Record(new RatingCalibrated(Id, EmployeeId, calibration, on));
        return calibration;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Role} review of {EmployeeId} by {ReviewerId} in {CycleId} ({Status}, rating {OverallRating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})";

    private void RequireDraft(string action)
    {
        if (Status != ReviewStatus.Draft)
        {
            throw new DomainRuleViolationException("review.submitted", $"Review '{Id}' is submitted; its reviewer cannot {action}.");
        }
    }
}
