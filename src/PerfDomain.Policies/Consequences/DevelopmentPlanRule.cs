using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Consequences;

/// <summary>A development plan for a latest calibrated rating below "meets", unless one is active.</summary>
[Name(RuleName)]
[Description("A development plan is recommended for a calibrated rating below meets, unless one is active.")]
[Tag(ConsequenceRule.Pack)]
[Tag("development")]
public sealed class DevelopmentPlanRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.development-plan";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        RatingFact rating = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => rating, r => r.IsLatest, r => !r.MeetsOrAbove)
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Not<DevelopmentPlanFact>(p => p.EmployeeId == rating.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, rating));
    }

    private Decision Make(IContext context, RatingFact rating) =>
        Decide(
            context,
            DecisionKind.DevelopmentPlanRecommended,
            rating.EmployeeId,
            rating.CycleId,
            null,
            true,
            $"Agree a development plan: the calibrated rating for {rating.CycleId} is '{rating.Label}', below meets expectations, and no development plan is active.");
}
