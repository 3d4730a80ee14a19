using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Reviews.Events;

/// <summary>A manager review's overall rating was calibrated (changed or confirmed).</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="EmployeeId">The employee reviewed.</param>
/// <param name="Calibration">The calibration, with the rating before and after.</param>
/// <param name="OccurredOn">The day of the calibration.</param>
public sealed record RatingCalibrated(ReviewId ReviewId, EmployeeId EmployeeId, Calibration Calibration, LocalDate OccurredOn) : IDomainEvent;
