using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Consequences;

/// <summary>
/// An advisory calibration review when a manager's submitted ratings in a cycle (a group of at least
/// five, not all calibrated yet) stray from the guideline distribution: more than half at the top
/// point, or all identical.
/// </summary>
[Name(RuleName)]
[Description("Calibration review is advised when a manager's ratings (5 or more) are mostly at the top point or all identical.")]
[Tag(ConsequenceRule.Pack)]
[Tag("calibration")]
public sealed class CalibrationReviewRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.calibration-review";

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
                .Where(g => Strays(g, parameters)))
            .Match(() => manager, e => e.Id == group.Key.ManagerId, e => e.IsWorking);

        Then()
            .Yield(ctx => Make(ctx, group, parameters));
    }

    internal static bool Strays(IEnumerable<ManagerRatingFact> ratings, ConsequenceParameters parameters)
    {
        var list = ratings as IReadOnlyCollection<ManagerRatingFact> ?? ratings.ToList();
        // Advice is useful only while calibration can still happen: some rating is not calibrated yet.
        if (list.Count < parameters.CalibrationMinimumGroupSize || list.All(r => r.IsCalibrated))
        {
            return false;
        }

        var top = list.Count(r => r.Rating == r.TopRating);
        return top > list.Count * parameters.CalibrationMaximumTopShare || list.Select(r => r.Rating).Distinct().Count() == 1;
    }

    private Decision Make(IContext context, IGrouping<ManagerCycle, ManagerRatingFact> group, ConsequenceParameters parameters)
    {
        var ratings = group.ToList();
        var top = ratings.Count(r => r.Rating == r.TopRating);
        var why = ratings.Select(r => r.Rating).Distinct().Count() == 1
            ? $"all {ratings.Count} ratings are {ratings[0].Rating}"
            : $"{top} of {ratings.Count} ratings {(top == 1 ? "is" : "are")} at the top point";
        return Decide(
            context,
            DecisionKind.CalibrationReviewRecommended,
            group.Key.ManagerId,
            group.Key.CycleId,
            null,
            false,
            $"Review calibration of this manager's ratings for {group.Key.CycleId}: {why} (advisory; distributions are guidelines, not quotas).",
            Used("calibrationMinimumGroupSize", parameters.CalibrationMinimumGroupSize),
            Used("calibrationMaximumTopShare", parameters.CalibrationMaximumTopShare));
    }
}
