using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.TalentReview.Events;

namespace PerfDomain.TalentReview;

/// <summary>
/// An assessment of one employee's potential for one cycle, by someone other than the employee, calibrated like a
/// rating: each <see cref="PotentialCalibration"/> keeps the potential before and after, who calibrated and why, and
/// <see cref="OriginalPotential"/> always stays the potential the assessor gave.
/// </summary>
/// <remarks>
/// With the employee's calibrated rating for the cycle it places them on the talent review's grid
/// (<see cref="NineBoxPlacement"/>). Not thread-safe; identity is <see cref="Id"/>.
/// </remarks>
public sealed class PotentialAssessment : AggregateRoot
{
    private readonly List<PotentialCalibration> _calibrations = [];

    private PotentialAssessment(PotentialAssessmentId id, CycleId cycleId, EmployeeId employeeId, EmployeeId assessedBy, PotentialLevel potential, LocalDate assessedOn)
    {
        Id = id;
        CycleId = cycleId;
        EmployeeId = employeeId;
        AssessedBy = assessedBy;
        OriginalPotential = potential;
        AssessedOn = assessedOn;
    }

    /// <summary>Gets the assessment's identifier.</summary>
    public PotentialAssessmentId Id { get; }

    /// <summary>Gets the cycle.</summary>
    public CycleId CycleId { get; }

    /// <summary>Gets the employee assessed.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets who assessed.</summary>
    public EmployeeId AssessedBy { get; }

    /// <summary>Gets the day of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>Gets the potential the assessor gave, before any calibration.</summary>
    public PotentialLevel OriginalPotential { get; }

    /// <summary>Gets the potential that stands: the latest calibrated one, else the original.</summary>
    public PotentialLevel Potential => _calibrations.Count > 0 ? _calibrations[^1].CalibratedPotential : OriginalPotential;

    /// <summary>Gets whether the potential has been through calibration (changed or confirmed).</summary>
    public bool IsCalibrated => _calibrations.Count > 0;

    /// <summary>Gets the calibrations, oldest first.</summary>
    public IReadOnlyList<PotentialCalibration> Calibrations => _calibrations;

    /// <summary>Assesses an employee's potential for a cycle.</summary>
    /// <param name="id">The assessment's identifier.</param>
    /// <param name="cycleId">The cycle.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="assessedBy">Who assesses: someone other than the employee.</param>
    /// <param name="potential">The potential.</param>
    /// <param name="on">The day of the assessment.</param>
    /// <returns>The assessment, with a <see cref="PotentialAssessed"/> event recorded.</returns>
    /// <exception cref="ArgumentException">An id is default or the potential undefined.</exception>
    /// <exception cref="DomainRuleViolationException">The employee would assess themselves (<c>potential.self</c>).</exception>
    public static PotentialAssessment Assess(PotentialAssessmentId id, CycleId cycleId, EmployeeId employeeId, EmployeeId assessedBy, PotentialLevel potential, LocalDate on)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(cycleId);
        Guard.Against.DefaultId(employeeId);
        Guard.Against.DefaultId(assessedBy);
        Guard.Against.EnumOutOfRange(potential);
        if (employeeId == assessedBy)
        {
            throw new DomainRuleViolationException("potential.self", $"Potential assessment '{id}': '{employeeId}' cannot assess their own potential.");
        }

        var assessment = new PotentialAssessment(id, cycleId, employeeId, assessedBy, potential, on);
        assessment.Record(new PotentialAssessed(id, cycleId, employeeId, assessedBy, potential, on));
        return assessment;
    }

    /// <summary>Calibrates the potential: changes it, or confirms it.</summary>
    /// <param name="potential">The calibrated potential.</param>
    /// <param name="calibratedBy">Who calibrates.</param>
    /// <param name="reason">Why; required when the potential changes; at most 2,000 characters.</param>
    /// <param name="on">The day of calibration: not before the assessment or the previous calibration.</param>
    /// <returns>The calibration recorded.</returns>
    /// <exception cref="ArgumentException">The calibrator is default, the potential undefined, or the reason too long.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// A changed potential has no reason (<c>potential.calibration-reason</c>), or the day is too early (<c>potential.date-order</c>).
    /// </exception>
    public PotentialCalibration Calibrate(PotentialLevel potential, EmployeeId calibratedBy, string? reason, LocalDate on)
    {
        Guard.Against.EnumOutOfRange(potential);
        Guard.Against.DefaultId(calibratedBy);
        var before = Potential;
        if (potential != before && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleViolationException("potential.calibration-reason", $"Calibrating potential assessment '{Id}' from {Words(before)} to {Words(potential)} potential needs a reason.");
        }

        var latest = _calibrations.Count > 0 ? _calibrations[^1].CalibratedOn : AssessedOn;
        if (on < latest)
        {
            throw new DomainRuleViolationException("potential.date-order", $"Potential assessment '{Id}' cannot be calibrated on {on:uuuu-MM-dd}, before its assessment or latest calibration on {latest:uuuu-MM-dd}.");
        }

        var calibration = new PotentialCalibration(before, potential, calibratedBy, string.IsNullOrWhiteSpace(reason) ? null : Guard.Against.InvalidText(reason, 2000), on);
        _calibrations.Add(calibration);
        Record(new PotentialCalibrated(Id, EmployeeId, calibration, on));
        return calibration;
    }

    /// <summary>Places the employee on the talent review's grid with their calibrated rating for the same cycle.</summary>
    /// <param name="scale">The cycle's rating scale.</param>
    /// <param name="calibratedRating">The employee's calibrated rating for the cycle.</param>
    /// <returns>The placement, with the potential that stands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    public NineBoxPlacement PlaceWith(RatingScale scale, int calibratedRating) => NineBoxPlacement.Of(scale, calibratedRating, Potential);

    private static string Words(PotentialLevel level) => level.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: potential of {EmployeeId} in {CycleId} by {AssessedBy} ({Potential}{(IsCalibrated ? ", calibrated" : string.Empty)})";
}
