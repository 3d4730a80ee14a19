using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.TalentReview.Events;

/// <summary>A potential assessment was calibrated (changed or confirmed).</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="EmployeeId">The employee assessed.</param>
/// <param name="Calibration">The calibration, with the potential before and after.</param>
/// <param name="OccurredOn">The day of the calibration.</param>
public sealed record PotentialCalibrated(PotentialAssessmentId AssessmentId, EmployeeId EmployeeId, PotentialCalibration Calibration, LocalDate OccurredOn) : IDomainEvent;
