using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Authoring.Example.Pack;

/// <summary>A growth plan towards the next level for senior engineers who meet expectations but are not yet in the top two.</summary>
[Name(RuleName)]
[Description("A development plan towards the next level is recommended for engineers at the minimum level or above whose latest calibrated rating meets expectations but is below the top two, when none is active.")]
[Tag(EngineeringPromotionPack.Name)]
[Tag("development")]
public sealed class EngineeringGrowthPlanRule : EngineeringRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "engineering.growth-plan";

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
            .Match(() => latest, r => r.IsLatest, r => r.MeetsOrAbove, r => !r.IsTopTwo)
            .Match(() => employee, e => e.Id == latest.EmployeeId, e => e.IsWorking, e => parameters.Covers(e.OrgUnitId), e => e.Level >= parameters.MinimumLevel)
            .Not<DevelopmentPlanFact>(p => p.EmployeeId == latest.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, latest, employee, parameters));
    }

    private Decision Make(IContext context, RatingFact latest, EmployeeFact employee, EngineeringPromotionParameters parameters) =>
        Decide(
            context,
            DecisionKind.DevelopmentPlanRecommended,
            latest.EmployeeId,
            latest.CycleId,
            null,
            true,
            $"Agree a growth plan towards level {employee.Level + 1}: the calibrated rating for {latest.CycleId} is '{latest.Label}', and no development plan is active.",
            Used("minimumLevel", parameters.MinimumLevel));
}
