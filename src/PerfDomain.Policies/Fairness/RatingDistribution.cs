using PerfDomain.Cycles;

namespace PerfDomain.Policies.Fairness;

/// <summary>How one group was rated in one cycle: the final (calibrated) manager-review ratings as of the analysis date.</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="Group">The group's name.</param>
/// <param name="Size">How many of the group were rated in the cycle.</param>
/// <param name="Suppressed">Whether <paramref name="Size"/> is below the minimum group size, so that the figures below are <see langword="null"/>.</param>
/// <param name="Counts">How many had each point of the cycle's scale, from 1 up.</param>
/// <param name="Mean">The mean rating.</param>
/// <param name="ShareBelowMeets">The share rated below the scale's "meets" point, in [0, 1].</param>
/// <remarks>Immutable; <paramref name="Counts"/> is compared by reference.</remarks>
public sealed record RatingDistribution(CycleId Cycle, string Group, int Size, bool Suppressed, IReadOnlyList<int>? Counts, double? Mean, double? ShareBelowMeets);
