using PerfDomain.Policies.Decisions;

namespace PerfDomain.Testing.Laws;

/// <summary>Where two decisions must not meet: for one employee in one cycle, or for one employee at all.</summary>
public enum ConflictScope
{
    /// <summary>The two kinds must not both be decided for one employee in one cycle (decisions without a cycle are ignored).</summary>
    EmployeeAndCycle = 0,

    /// <summary>The two kinds must not both be decided for one employee, whatever the cycle.</summary>
    Employee = 1,
}

/// <summary>Two kinds of decision that contradict each other, checked by <see cref="PolicyLaws.NoContradictions(Func{PerfDomain.Policies.Evaluation.PolicyEngine}, IEnumerable{DecisionConflict}?, FsCheck.Arbitrary{PerfDomain.Snapshots.OrganizationSnapshot}?)"/>.</summary>
/// <param name="First">One kind.</param>
/// <param name="Second">The other kind.</param>
/// <param name="Scope">Where they must not meet.</param>
public sealed record DecisionConflict(DecisionKind First, DecisionKind Second, ConflictScope Scope = ConflictScope.EmployeeAndCycle)
{
    /// <summary>
    /// Gets the conflicts of the built-in packs: recognition or promotion readiness with a development
    /// or improvement plan in one cycle; a check-in both due and overdue; an improvement plan and a
    /// request to document feedback first; a merit increase and an improvement plan; bonus eligibility
    /// both granted and refused for one cycle.
    /// </summary>
    /// <remarks>
    /// A merit increase and a development plan are not a conflict: a merit increase is earned at "meets
    /// expectations", where a pack may well recommend a growth plan.
    /// </remarks>
    public static IReadOnlyList<DecisionConflict> Defaults { get; } =
    [
        new(DecisionKind.RecognitionRecommended, DecisionKind.ImprovementPlanRecommended),
        new(DecisionKind.RecognitionRecommended, DecisionKind.DevelopmentPlanRecommended),
        new(DecisionKind.PromotionReadinessFlagged, DecisionKind.ImprovementPlanRecommended),
        new(DecisionKind.PromotionReadinessFlagged, DecisionKind.DevelopmentPlanRecommended),
        new(DecisionKind.CheckInDue, DecisionKind.CheckInOverdue, ConflictScope.Employee),
        new(DecisionKind.ImprovementPlanRecommended, DecisionKind.FeedbackDocumentationRequested, ConflictScope.Employee),
        new(DecisionKind.MeritIncreaseRecommended, DecisionKind.ImprovementPlanRecommended, ConflictScope.Employee),
        new(DecisionKind.BonusEligible, DecisionKind.BonusNotEligible),
    ];

    /// <inheritdoc/>
    public override string ToString() => $"{First} with {Second} ({(Scope == ConflictScope.Employee ? "per employee" : "per employee and cycle")})";
}
