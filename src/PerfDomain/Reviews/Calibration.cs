using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Reviews;

/// <summary>
/// A calibration of a manager review's overall rating: the rating before, the rating after (equal
/// when calibration confirmed it), who calibrated and why.
/// </summary>
/// <param name="OriginalRating">The overall rating before this calibration.</param>
/// <param name="CalibratedRating">The overall rating after it.</param>
/// <param name="CalibratedBy">Who calibrated (the calibration session's owner).</param>
/// <param name="Reason">Why; required whenever the rating changes.</param>
/// <param name="CalibratedOn">The day of the calibration.</param>
public sealed record Calibration(int OriginalRating, int CalibratedRating, EmployeeId CalibratedBy, string? Reason, LocalDate CalibratedOn)
{
    /// <summary>Gets whether the calibration changed the rating.</summary>
    public bool ChangedRating => OriginalRating != CalibratedRating;
}
