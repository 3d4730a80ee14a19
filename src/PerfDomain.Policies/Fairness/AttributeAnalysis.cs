namespace PerfDomain.Policies.Fairness;

/// <summary>The analysis of one attribute (such as <c>gender</c>): selection rates per decision kind, rating distributions and calibration shifts per group.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Groups">Its groups among the population, ordered by name (ordinal).</param>
/// <param name="Unlabelled">How many of the population have no group for this attribute (left out of its figures).</param>
/// <param name="Selection">One analysis per decision kind made about the population, in kind order.</param>
/// <param name="Ratings">Rating distributions, by cycle (in the snapshot's order), then group.</param>
/// <param name="Calibration">Calibration shifts, by cycle, then group.</param>
/// <remarks>Immutable; the lists are compared by reference.</remarks>
public sealed record AttributeAnalysis(
    string Attribute,
    IReadOnlyList<string> Groups,
    int Unlabelled,
    IReadOnlyList<SelectionAnalysis> Selection,
    IReadOnlyList<RatingDistribution> Ratings,
    IReadOnlyList<CalibrationShift> Calibration);
