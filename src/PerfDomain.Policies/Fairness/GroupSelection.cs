namespace PerfDomain.Policies.Fairness;

/// <summary>How often one group received one kind of decision, against the most favoured group.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Size">How many employees of the population are in the group (always shown: it says why figures are suppressed).</param>
/// <param name="Suppressed">Whether the group is smaller than the minimum group size, so that every figure below is <see langword="null"/>.</param>
/// <param name="Selected">How many of them received at least one decision of the kind.</param>
/// <param name="Rate">The selection rate, <paramref name="Selected"/> / <paramref name="Size"/>.</param>
/// <param name="ImpactRatio">
/// The group's favourable rate over the most favoured group's, in [0, 1]: of the selection rates for a favourable or
/// neutral kind, of the rates of not being selected for an adverse kind (1 when no group is favoured).
/// </param>
/// <param name="FourFifthsFlag">Whether <paramref name="ImpactRatio"/> is below the four-fifths threshold, for a favourable or adverse kind (a neutral kind is never flagged: receiving it is neither good nor bad).</param>
/// <param name="PValue">The two-sided p-value of the difference from the most favoured group; <see langword="null"/> for that group itself.</param>
/// <param name="Test">Which test gave <paramref name="PValue"/>.</param>
/// <remarks>Immutable; equality is structural.</remarks>
public sealed record GroupSelection(
    string Group,
    int Size,
    bool Suppressed,
    int? Selected,
    double? Rate,
    double? ImpactRatio,
    bool FourFifthsFlag,
    double? PValue,
    SignificanceTest Test);
