using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// A merit increase guideline from the merit matrix for the latest calibrated rating at or above "meets", prorated
/// for the share of the cycle worked, capped at the range maximum with the rest as a lump sum — never during an
/// improvement plan, never without pay on record, never once pay has changed since the calibration.
/// </summary>
[Name(RuleName)]
[Description("A merit increase is recommended from the merit matrix (calibrated rating × position in the pay range), prorated and capped at the range maximum.")]
[Tag(RewardsRule.Pack)]
[Tag("merit")]
public sealed class MeritIncreaseRule : RewardsRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "rewards.merit-increase";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        RewardParameters parameters = null!;
        RatingFact rating = null!;
        CycleFact cycle = null!;
        EmployeeFact employee = null!;
        CycleServiceFact service = null!;
        CompensationFact pay = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => rating, r => r.IsLatest, r => r.MeetsOrAbove)
            .Match(() => cycle, c => c.Id == rating.CycleId, c => InRewardsWindow(c, parameters, today))
            .Match(() => employee, e => e.Id == rating.EmployeeId, e => e.IsWorking)
            .Match(() => service, s => s.EmployeeId == rating.EmployeeId, s => s.CycleId == rating.CycleId, s => s.Proration > 0)
            .Match(() => pay, p => p.EmployeeId == rating.EmployeeId, p => p.PaySince <= rating.CalibratedOn, p => EarnsMerit(rating, p, service, parameters))
            .Not<ImprovementPlanFact>(p => p.EmployeeId == rating.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, rating, pay, service, parameters));
    }

    /// <summary>Whether rewards are still decided for a cycle: it ends no more than the window before the as-of date.</summary>
    internal static bool InRewardsWindow(CycleFact cycle, RewardParameters parameters, EvaluationDate today) =>
        today.IsOnOrBefore(cycle.End.PlusDays(parameters.RewardsWindowDays));

    // Something to pay: at the range maximum without lump sums, the whole guideline is dropped and there is nothing to recommend.
    internal static bool EarnsMerit(RatingFact rating, CompensationFact pay, CycleServiceFact service, RewardParameters parameters) =>
        MeritGuideline.Calculate(rating, pay, service, parameters) is { } merit && merit.IncreasePercent + merit.LumpSumPercent > 0;

    /// <summary>The guideline in short, as the decision's subject: <c>3.50%</c>, or <c>1.20% + 2.30% lump sum</c>.</summary>
    internal static string Subject(MeritCalculation merit) =>
        merit.LumpSumPercent > 0 ? $"{Pct(merit.IncreasePercent)} + {Pct(merit.LumpSumPercent)} lump sum" : Pct(merit.IncreasePercent);

    private Decision Make(IContext context, RatingFact rating, CompensationFact pay, CycleServiceFact service, RewardParameters parameters)
    {
        var merit = MeritGuideline.Calculate(rating, pay, service, parameters);
        var currency = pay.Currency.Value;
        var column = parameters.MeritColumns == RewardParameters.CompaRatioBandColumns
            ? $"compa-ratio band {merit.Column + 1} (compa-ratio {pay.CompaRatio:0.000})"
            : $"range quartile {merit.Column + 1}";
        var prorated = merit.Proration < 1m
            ? $", prorated ×{merit.Proration:0.000} for {service.EmployedDays - service.LeaveDays} of {service.CycleDays} days worked to {Pct(merit.ProratedPercent)}"
            : string.Empty;
        var capped = merit.IsCapped
            ? parameters.MeritLumpSumAboveMaximum
                ? $"; capped at the range maximum ({Money(pay.RangeMaximum, currency)}): {Pct(merit.IncreasePercent)} ({Money(merit.IncreaseAmount, currency)} a year) as an increase and {Pct(merit.LumpSumPercent)} ({Money(merit.LumpSumAmount, currency)}) as a lump sum"
                : $"; capped at the range maximum ({Money(pay.RangeMaximum, currency)}): {Pct(merit.IncreasePercent)} ({Money(merit.IncreaseAmount, currency)} a year), the rest dropped"
            : $": {Money(merit.IncreaseAmount, currency)} a year on {Money(pay.AnnualPay, currency)}";
        return Decide(
            context,
            DecisionKind.MeritIncreaseRecommended,
            rating.EmployeeId,
            rating.CycleId,
            null,
            true,
            $"Consider a merit increase of {Pct(merit.IncreasePercent)}: the matrix gives {Pct(merit.MatrixPercent)} for the calibrated rating '{rating.Label}' ({rating.Rating} of {rating.TopRating}) in {column}{prorated}{capped}.",
            null,
            Subject(merit),
            Used($"meritMatrix[{merit.Row}][{merit.Column}]", merit.MatrixPercent),
            Used("meritColumns", parameters.MeritColumns),
            Used("meritLumpSumAboveMaximum", parameters.MeritLumpSumAboveMaximum),
            Used("rewardsWindowDays", parameters.RewardsWindowDays));
    }
}
