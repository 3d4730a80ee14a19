using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// No bonus for the cycle of the latest calibrated rating, with the reason: a rating below "meets" or too few days
/// employed in the cycle, each named (the subject is the first that applies). An improvement plan in force is
/// <see cref="BonusOnImprovementPlanRule"/>'s reason instead.
/// </summary>
[Name(RuleName)]
[Description("No bonus eligibility for a calibrated rating below meets or too few days in the cycle; the reason is named.")]
[Tag(RewardsRule.Pack)]
[Tag("bonus")]
public sealed class BonusNotEligibleRule : RewardsRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "rewards.bonus-not-eligible";

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
            .Match(() => rating, r => r.IsLatest)
            .Match(() => cycle, c => c.Id == rating.CycleId, c => MeritIncreaseRule.InRewardsWindow(c, parameters, today))
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Match(() => service, s => s.EmployeeId == rating.EmployeeId, s => s.CycleId == rating.CycleId, s => IneligibleBecause(rating, s, parameters).Count > 0)
            .Not<ImprovementPlanFact>(p => p.EmployeeId == rating.EmployeeId)
            .Not<RecognitionFact>(x => x.EmployeeId == rating.EmployeeId, x => x.CycleId == rating.CycleId, x => x.Kind == RecognitionKind.BonusEligibility);

        Then()
            .Yield(ctx => Make(ctx, rating, IneligibleBecause(rating, service, parameters), parameters));
    }

    /// <summary>Every reason the bonus is not earned, in a fixed order; empty when it is.</summary>
    internal static IReadOnlyList<string> IneligibleBecause(RatingFact rating, CycleServiceFact service, RewardParameters parameters)
    {
        var reasons = new List<string>(3);
        if (!rating.MeetsOrAbove)
        {
            reasons.Add($"the calibrated rating '{rating.Label}' ({rating.Rating} of {rating.TopRating}) is below meets expectations");
        }

        if (service.EmployedDays < parameters.BonusMinimumDaysInCycle)
        {
            reasons.Add($"{Days(service.EmployedDays)} employed in the cycle, fewer than the {Days(parameters.BonusMinimumDaysInCycle)} required");
        }

        return reasons;
    }

    private Decision Make(IContext context, RatingFact rating, IReadOnlyList<string> reasons, RewardParameters parameters) =>
        Decide(
            context,
            DecisionKind.BonusNotEligible,
            rating.EmployeeId,
            rating.CycleId,
            null,
            true,
            $"Not eligible for the {rating.CycleId} bonus: {string.Join("; ", reasons)}.",
            null,
            reasons[0].StartsWith("the calibrated", StringComparison.Ordinal) ? "rating below meets" : "days in cycle",
            Used("bonusMinimumDaysInCycle", parameters.BonusMinimumDaysInCycle),
            Used("rewardsWindowDays", parameters.RewardsWindowDays));
}
