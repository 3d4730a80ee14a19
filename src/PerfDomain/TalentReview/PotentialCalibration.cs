using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.TalentReview;

/// <summary>
/// A calibration of a potential assessment: the potential before, the potential after (equal when calibration
/// confirmed it), who calibrated and why.
/// </summary>
/// <param name="OriginalPotential">The potential before this calibration.</param>
/// <param name="CalibratedPotential">The potential after it.</param>
/// <param name="CalibratedBy">Who calibrated (the talent review's owner).</param>
/// <param name="Reason">Why; required whenever the potential changes.</param>
/// <param name="CalibratedOn">The day of the calibration.</param>
public sealed record PotentialCalibration(PotentialLevel OriginalPotential, PotentialLevel CalibratedPotential, EmployeeId CalibratedBy, string? Reason, LocalDate CalibratedOn)
{
    /// <summary>Gets whether the calibration changed the potential.</summary>
    public bool ChangedPotential => OriginalPotential != CalibratedPotential;
}
