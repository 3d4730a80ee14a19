using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// Bonus eligibility for the cycle of the latest calibrated rating: at or above "meets", employed long enough in the
/// cycle, not on an improvement plan; prorated for the share of the cycle worked (leave included). Not made once
/// bonus eligibility was granted for the cycle.
/// </summary>
[Name(RuleName)]
[Description("Bonus eligibility for a calibrated rating at or above meets, with the minimum days in the cycle, off any improvement plan; prorated for leave.")]
[Tag(RewardsRule.Pack)]
[Tag("bonus")]
public sealed class BonusEligibilityRule : RewardsRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "rewards.bonus-eligible";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        RewardParameters parameters = null!;
        RatingFact rating = null!;
        CycleFact cycle = null!;
        EmployeeFact employee = null!;
        CycleServiceFact service = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => rating, r => r.IsLatest, r => r.MeetsOrAbove)
            .Match(() => cycle, c => c.Id == rating.CycleId, c => MeritIncreaseRule.InRewardsWindow(c, parameters, today))
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Match(() => service, s => s.EmployeeId == rating.EmployeeId, s => s.CycleId == rating.CycleId, s => s.EmployedDays >= parameters.BonusMinimumDaysInCycle)
            .Not<ImprovementPlanFact>(p => p.EmployeeId == rating.EmployeeId)
            .Not<RecognitionFact>(x => x.EmployeeId == rating.EmployeeId, x => x.CycleId == rating.CycleId, x => x.Kind == RecognitionKind.BonusEligibility);

        Then()
            .Yield(ctx => Make(ctx, rating, service, parameters));
    }

    private Decision Make(IContext context, RatingFact rating, CycleServiceFact service, RewardParameters parameters) =>
        Decide(
            context,
            DecisionKind.BonusEligible,
            rating.EmployeeId,
            rating.CycleId,
            null,
            true,
            service.Proration < 1m
                ? $"Eligible for the {rating.CycleId} bonus, prorated ×{service.Proration:0.000} ({service.EmployedDays - service.LeaveDays} of {service.CycleDays} days worked): the calibrated rating '{rating.Label}' meets expectations or better and no improvement plan is in force."
                : $"Eligible for the {rating.CycleId} bonus in full: the calibrated rating '{rating.Label}' meets expectations or better, the whole cycle was worked and no improvement plan is in force.",
            null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"proration {service.Proration:0.000}"),
            Used("bonusMinimumDaysInCycle", parameters.BonusMinimumDaysInCycle),
            Used("rewardsWindowDays", parameters.RewardsWindowDays));
}
