using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Consequences;

/// <summary>Promotion readiness after calibrated ratings in the top two points in two consecutive cycles, with enough time in role.</summary>
[Name(RuleName)]
[Description("Promotion readiness is flagged after the top two rating points in two consecutive cycles and at least 12 months in role.")]
[Tag(ConsequenceRule.Pack)]
[Tag("promotion")]
public sealed class PromotionReadinessRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.promotion-readiness";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        ConsequenceParameters parameters = null!;
        RatingFact earlier = null!;
        RatingFact latest = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => latest, r => r.IsLatest, r => r.IsTopTwo)
            .Match(() => earlier, r => r.EmployeeId == latest.EmployeeId, r => r.CycleSequence == latest.CycleSequence - 1, r => r.IsTopTwo)
            .Match(() => employee, e => e.Id == latest.EmployeeId, e => e.IsWorking, e => today.IsOnOrAfter(e.RoleSince.PlusMonths(parameters.PromotionMinimumMonthsInRole)))
            .Not<RecognitionFact>(x => x.EmployeeId == latest.EmployeeId, x => x.CycleId == latest.CycleId, x => x.Kind == RecognitionKind.PromotionNomination);

        Then()
            .Yield(ctx => Make(ctx, earlier, latest, employee, parameters));
    }

    private Decision Make(IContext context, RatingFact earlier, RatingFact latest, EmployeeFact employee, ConsequenceParameters parameters) =>
        Decide(
            context,
            DecisionKind.PromotionReadinessFlagged,
            latest.EmployeeId,
            latest.CycleId,
            null,
            true,
            $"Consider for promotion: calibrated ratings '{earlier.Label}' in {earlier.CycleId} and '{latest.Label}' in {latest.CycleId}, in role since {Day(employee.RoleSince)}.",
            Used("promotionMinimumMonthsInRole", parameters.PromotionMinimumMonthsInRole));
}
