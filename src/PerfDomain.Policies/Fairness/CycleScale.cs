using PerfDomain.Cycles;

namespace PerfDomain.Policies.Fairness;

/// <summary>The rating scale of a cycle the analysis reports on, so that a report can name the points of a distribution.</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="Labels">The labels of the scale's points, from 1 up.</param>
/// <param name="MeetsThreshold">The lowest point that meets expectations.</param>
/// <remarks>Immutable; <paramref name="Labels"/> is compared by reference.</remarks>
public sealed record CycleScale(CycleId Cycle, IReadOnlyList<string> Labels, int MeetsThreshold);
