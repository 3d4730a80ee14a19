using NodaTime;

namespace PerfDomain.Policies.Fairness;

/// <summary>What a <see cref="FairnessAnalysis"/> found: per attribute, selection rates, impact ratios and tests per decision kind, rating distributions and calibration shifts per group; and the managers whose ratings differ most from the organisation's.</summary>
/// <param name="AsOf">The date the decisions were made as of; the population is the employees employed (not terminated) then.</param>
/// <param name="Options">The options the analysis ran with (minimum group size, four-fifths threshold), stated in every output.</param>
/// <param name="Population">How many employees were employed on <paramref name="AsOf"/>.</param>
/// <param name="Attributes">One analysis per attribute, ordered by name.</param>
/// <param name="Scales">The rating scale of each cycle reported on.</param>
/// <param name="ManagerDeviations">Per cycle, the managers whose rating distributions differ most from the organisation's, largest first (advisory).</param>
/// <remarks>Immutable; the lists are compared by reference.</remarks>
public sealed record FairnessReport(
    LocalDate AsOf,
    FairnessOptions Options,
    int Population,
    IReadOnlyList<AttributeAnalysis> Attributes,
    IReadOnlyList<CycleScale> Scales,
    IReadOnlyList<ManagerDeviation> ManagerDeviations)
{
    /// <summary>Gets whether any group of any attribute is flagged by the four-fifths rule for any kind.</summary>
    public bool AnyFlagged => Attributes.Any(a => a.Selection.Any(s => s.AnyFlagged));
}
