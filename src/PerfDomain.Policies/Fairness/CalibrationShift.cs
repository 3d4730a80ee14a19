using PerfDomain.Cycles;

namespace PerfDomain.Policies.Fairness;

/// <summary>What calibration did to one group's manager-review ratings in one cycle (original → calibrated).</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="Group">The group's name.</param>
/// <param name="Size">How many of the group were rated in the cycle (the suppression is by this number).</param>
/// <param name="Suppressed">Whether <paramref name="Size"/> is below the minimum group size, so that the figures below are <see langword="null"/>.</param>
/// <param name="Calibrated">How many of their ratings went through calibration by the analysis date.</param>
/// <param name="Raised">How many calibrations raised the rating.</param>
/// <param name="Lowered">How many lowered it.</param>
/// <param name="MeanShift">The mean of calibrated minus original rating over the calibrated ratings; <see langword="null"/> when none was calibrated.</param>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed record CalibrationShift(CycleId Cycle, string Group, int Size, bool Suppressed, int? Calibrated, int? Raised, int? Lowered, double? MeanShift);
