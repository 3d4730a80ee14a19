using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Consequences;

/// <summary>
/// Asks HR to review a manager whose reports' ratings in a cycle, once every one of them has been
/// calibrated, still sit at the top point of the scale: inflation that survived calibration, which
/// <see cref="CalibrationReviewRule"/> (advice only while something is left to calibrate) never reports.
/// </summary>
/// <remarks>
/// "Far from the distribution" is measured against the cycle's scale, not the organisation's mean:
/// every calibrated rating of a group of at least
/// <see cref="ConsequenceParameters.CalibrationDistributionMinimumGroupSize"/> is the top point. A
/// comparison with other managers' ratings would join facts about different employees and stop the
/// pack from being evaluated in slices.
/// </remarks>
[Name(RuleName)]
[Description("HR reviews a manager whose calibrated ratings in a cycle (5 or more) are all at the top point.")]
[Tag(ConsequenceRule.Pack)]
[Tag("calibration")]
public sealed class CalibrationDistributionRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.calibration-distribution";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        ConsequenceParameters parameters = null!;
        IGrouping<ManagerCycle, ManagerRatingFact> group = null!;
        EmployeeFact manager = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Query(() => group, q => q
                .Match<ManagerRatingFact>()
                .GroupBy(r => new ManagerCycle(r.ManagerId, r.CycleId))
                .Where(g => AllCalibratedAtTheTop(g, parameters)))
            .Match(() => manager, e => e.Id == group.Key.ManagerId, e => e.IsWorking);

        Then()
            .Yield(ctx => Make(ctx, group, parameters));
    }

    internal static bool AllCalibratedAtTheTop(IEnumerable<ManagerRatingFact> ratings, ConsequenceParameters parameters)
    {
        var list = ratings as IReadOnlyCollection<ManagerRatingFact> ?? ratings.ToList();
        return list.Count >= parameters.CalibrationDistributionMinimumGroupSize
            && list.All(r => r.IsCalibrated && r.CalibratedRating == r.TopRating);
    }

    private Decision Make(IContext context, IGrouping<ManagerCycle, ManagerRatingFact> group, ConsequenceParameters parameters)
    {
        var ratings = group.ToList();
        var top = ratings[0].TopRating;
        return Decide(
            context,
            DecisionKind.CalibrationDistributionReview,
            group.Key.ManagerId,
            group.Key.CycleId,
            null,
            true,
            $"HR to review this manager's ratings for {group.Key.CycleId}: all {ratings.Count} calibrated ratings are at the top point ({top} of {top}), after calibration.",
            EscalationLevel.HumanResources,
            null,
            Used("calibrationDistributionMinimumGroupSize", parameters.CalibrationDistributionMinimumGroupSize));
    }
}
