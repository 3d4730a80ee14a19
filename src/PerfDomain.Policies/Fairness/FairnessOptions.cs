using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Fairness;

/// <summary>How a <see cref="FairnessAnalysis"/> is made: the smallest group it reports on, the threshold of the four-fifths rule, and the direction of each decision kind.</summary>
/// <remarks>Immutable. The defaults are those of docs/fairness.md.</remarks>
public sealed record FairnessOptions
{
    /// <summary>The default <see cref="MinimumGroupSize"/>.</summary>
    public const int DefaultMinimumGroupSize = 5;

    /// <summary>Gets the default options.</summary>
    public static FairnessOptions Default { get; } = new();

    /// <summary>
    /// Gets the smallest group whose figures are reported: a smaller group's rates, ratios, tests and rating figures are
    /// suppressed (privacy: a figure about three people is nearly a figure about each; and too few to mean anything).
    /// At least 1; default 5.
    /// </summary>
    public int MinimumGroupSize { get; init; } = DefaultMinimumGroupSize;

    /// <summary>Gets the impact ratio below which a group is flagged (the four-fifths rule: 0.8).</summary>
    public double FourFifthsThreshold { get; init; } = 0.8;

    /// <summary>Gets the significance level the report marks p-values against (default 0.05); it does not change any figure.</summary>
    public double SignificanceLevel { get; init; } = 0.05;

    /// <summary>Gets the direction of kinds, overriding <see cref="DefaultDirection"/> (for a custom pack's kinds).</summary>
    public IReadOnlyDictionary<DecisionKind, DecisionDirection> Directions { get; init; } = new Dictionary<DecisionKind, DecisionDirection>();

    /// <summary>Gets the direction of a kind: <see cref="Directions"/>, else <see cref="DefaultDirection"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its direction.</returns>
    public DecisionDirection DirectionOf(DecisionKind kind) => Directions.TryGetValue(kind, out var direction) ? direction : DefaultDirection(kind);

    /// <summary>
    /// Gets the built-in direction of a kind: recognition, promotion readiness, a merit increase and bonus eligibility
    /// are favourable; an overdue check-in or review, a development or improvement plan, a request to document feedback
    /// first and a bonus refused are adverse; every other kind (a retention conversation, custom kinds) is neutral.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its direction.</returns>
    public static DecisionDirection DefaultDirection(DecisionKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == DecisionKind.RecognitionRecommended || kind == DecisionKind.PromotionReadinessFlagged
            || kind == DecisionKind.MeritIncreaseRecommended || kind == DecisionKind.BonusEligible)
        {
            return DecisionDirection.Favourable;
        }

        return kind == DecisionKind.CheckInOverdue || kind == DecisionKind.ReviewOverdue || kind == DecisionKind.DevelopmentPlanRecommended
            || kind == DecisionKind.ImprovementPlanRecommended || kind == DecisionKind.FeedbackDocumentationRequested
            || kind == DecisionKind.BonusNotEligible
            ? DecisionDirection.Adverse
            : DecisionDirection.Neutral;
    }
}
