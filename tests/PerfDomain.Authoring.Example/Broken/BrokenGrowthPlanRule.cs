using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Authoring.Example.Pack;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Authoring.Example.Broken;

/// <summary>
/// The growth-plan rule with a deliberate bug: it forgets <c>!r.IsTopTwo</c>, so a top-rated engineer
/// without a development plan is told to agree one while the built-in recognition rule recognises them.
/// </summary>
[Name(RuleName)]
[Description("The growth-plan rule without its upper bound (broken on purpose).")]
[Tag(EngineeringPromotionPack.Name)]
public sealed class BrokenGrowthPlanRule : EngineeringRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "engineering.growth-plan-broken";

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
            .Match(() => latest, r => r.IsLatest, r => r.MeetsOrAbove) // BUG: no r => !r.IsTopTwo
            .Match(() => employee, e => e.Id == latest.EmployeeId, e => e.IsWorking, e => parameters.Covers(e.OrgUnitId), e => e.Level >= parameters.MinimumLevel)
            .Not<DevelopmentPlanFact>(p => p.EmployeeId == latest.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, latest));
    }

    private Decision Make(IContext context, RatingFact latest) =>
        Decide(context, DecisionKind.DevelopmentPlanRecommended, latest.EmployeeId, latest.CycleId, null, true, $"Agree a growth plan: the calibrated rating for {latest.CycleId} is '{latest.Label}'.");
}

/// <summary>The broken variant of the pack: the readiness rule and the broken growth-plan rule.</summary>
public static class BrokenEngineeringPromotionPack
{
    /// <summary>Gets an engine with the built-in packs and the broken variant.</summary>
    public static PolicyEngine Engine { get; } = PolicyEngine.CreateBuilder()
        .AddDefaultPacks()
        .AddPack(new PolicyPack(
            EngineeringPromotionPack.Name,
            EngineeringPromotionPack.Version,
            "The engineering promotion pack with a broken growth-plan rule.",
            [typeof(EngineeringPromotionReadinessRule), typeof(BrokenGrowthPlanRule)],
            [new EngineeringPromotionParameters()]))
        .Build();
}
