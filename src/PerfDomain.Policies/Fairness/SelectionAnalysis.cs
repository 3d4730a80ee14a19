using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Fairness;

/// <summary>The selection rates of one decision kind across the groups of one attribute.</summary>
/// <param name="Kind">The decision kind.</param>
/// <param name="Direction">Whether receiving it is favourable, adverse or neutral.</param>
/// <param name="ReferenceGroup">The most favoured group among those not suppressed, or <see langword="null"/> when every group is suppressed.</param>
/// <param name="Groups">Every group of the attribute, ordered by name (ordinal).</param>
/// <remarks>Immutable; <paramref name="Groups"/> is compared by reference.</remarks>
public sealed record SelectionAnalysis(DecisionKind Kind, DecisionDirection Direction, string? ReferenceGroup, IReadOnlyList<GroupSelection> Groups)
{
    /// <summary>Gets whether any group is flagged by the four-fifths rule.</summary>
    public bool AnyFlagged => Groups.Any(g => g.FourFifthsFlag);
}
