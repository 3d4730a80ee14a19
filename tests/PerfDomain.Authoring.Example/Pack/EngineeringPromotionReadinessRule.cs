using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Authoring.Example.Pack;

/// <summary>Promotion readiness for senior engineers with a top-two latest rating and an agreed development plan.</summary>
[Name(RuleName)]
[Description("Promotion readiness is flagged for engineers at the minimum level or above with a calibrated top-two latest rating, enough time in role and an active development plan.")]
[Tag(EngineeringPromotionPack.Name)]
[Tag("promotion")]
public sealed class EngineeringPromotionReadinessRule : EngineeringRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "engineering.promotion-readiness";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        EngineeringPromotionParameters parameters = null!;
        RatingFact latest = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => latest, r => r.IsLatest, r => r.IsTopTwo)
            .Match(() => employee,
                e => e.Id == latest.EmployeeId,
                e => e.IsWorking,
                e => parameters.Covers(e.OrgUnitId),
                e => e.Level >= parameters.MinimumLevel,
                e => today.IsOnOrAfter(e.RoleSince.PlusMonths(parameters.MinimumMonthsInRole)))
            .Exists<DevelopmentPlanFact>(p => p.EmployeeId == latest.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, latest, employee, parameters));
    }

    // Expression trees allow no optional or named arguments: the action calls an ordinary method.
    private Decision Make(IContext context, RatingFact latest, EmployeeFact employee, EngineeringPromotionParameters parameters) =>
        Decide(
            context,
            DecisionKind.PromotionReadinessFlagged,
            latest.EmployeeId,
            latest.CycleId,
            null,
            true,
            $"Consider for promotion from level {employee.Level}: calibrated rating '{latest.Label}' in {latest.CycleId}, in role since {Day(employee.RoleSince)}, with a development plan in place.",
            Used("minimumLevel", parameters.MinimumLevel),
            Used("minimumMonthsInRole", parameters.MinimumMonthsInRole));
}
