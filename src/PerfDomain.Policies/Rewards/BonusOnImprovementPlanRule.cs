using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Rewards;

/// <summary>No bonus for the cycle of the latest calibrated rating while an improvement plan is in force, whatever the rating.</summary>
[Name(RuleName)]
[Description("No bonus eligibility while an improvement plan is in force.")]
[Tag(RewardsRule.Pack)]
[Tag("bonus")]
public sealed class BonusOnImprovementPlanRule : RewardsRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "rewards.bonus-not-eligible-improvement-plan";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        RewardParameters parameters = null!;
        RatingFact rating = null!;
        CycleFact cycle = null!;
        EmployeeFact employee = null!;
        ImprovementPlanFact plan = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => rating, r => r.IsLatest)
            .Match(() => cycle, c => c.Id == rating.CycleId, c => MeritIncreaseRule.InRewardsWindow(c, parameters, today))
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Match(() => plan, p => p.EmployeeId == rating.EmployeeId)
            .Not<RecognitionFact>(x => x.EmployeeId == rating.EmployeeId, x => x.CycleId == rating.CycleId, x => x.Kind == RecognitionKind.BonusEligibility);

        Then()
            .Yield(ctx => Make(ctx, rating, plan, parameters));
    }

    private Decision Make(IContext context, RatingFact rating, ImprovementPlanFact plan, RewardParameters parameters) =>
        Decide(
            context,
            DecisionKind.BonusNotEligible,
            rating.EmployeeId,
            rating.CycleId,
            null,
            true,
            $"Not eligible for the {rating.CycleId} bonus: the improvement plan {plan.PlanId} is in force (since {Day(plan.StartOn)}, until {Day(plan.EndsOn)}).",
            null,
            "improvement plan",
            Used("rewardsWindowDays", parameters.RewardsWindowDays));
}
