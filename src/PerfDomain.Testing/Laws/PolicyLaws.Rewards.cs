using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generators;

namespace PerfDomain.Testing.Laws;

// The laws of the rewards pack.
public static partial class PolicyLaws
{
    /// <summary>The name of <see cref="MeritMonotonicInRatings(Func{PolicyEngine}, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string MeritMonotonicInRatingsName = "merit-monotonic-in-ratings";

    /// <summary>The name of <see cref="NoMeritDuringImprovementPlan(Func{PolicyEngine}, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string NoMeritDuringImprovementPlanName = "no-merit-during-improvement-plan";

    /// <summary>
    /// Raising one calibrated manager rating by a point never lowers that employee's merit guideline (increase and
    /// lump sum together, as the decision's subject states them), nor takes a merit increase away.
    /// </summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw MeritMonotonicInRatings(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return new PolicyLaw(
            MeritMonotonicInRatingsName,
            "A better calibrated rating never lowers a merit guideline.",
            () => Prop.ForAll(organizations ?? OrganizationArbitraries.Organization(), AsOfOffsets(), Arb.From(Gen.Choose(0, 1000)), (snapshot, offset, pick) =>
            {
                var asOf = ReferenceOf(snapshot).PlusDays(offset);
                if (RaiseOneRating(snapshot, asOf, pick) is not { } raised)
                {
                    return;
                }

                var (after, review) = raised;
                var was = Guideline(engine().Evaluate(snapshot, asOf).For(review.EmployeeId));
                var now = Guideline(engine().Evaluate(after, asOf).For(review.EmployeeId));
                if (was is { } before && (now is not { } later || later < before))
                {
                    Fail($"raising {review.Id} of {review.EmployeeId} to {review.OverallRating} as of {Day(asOf)} lowered the merit guideline from {before}% to {(now is { } n ? n + "%" : "none")}");
                }
            }));
    }

    /// <summary>No merit increase is recommended for an employee while an improvement plan of theirs is in force.</summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw NoMeritDuringImprovementPlan(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Law(NoMeritDuringImprovementPlanName, "No merit increase is recommended while an improvement plan is in force.", organizations, (snapshot, asOf) =>
        {
            var onPlan = snapshot.ImprovementPlans.Where(p => p.IsActiveOn(asOf)).Select(p => p.EmployeeId).ToHashSet();
            foreach (var decision in engine().Evaluate(snapshot, asOf).Decisions.Where(d => d.Kind == DecisionKind.MeritIncreaseRecommended))
            {
                if (onPlan.Contains(decision.EmployeeId))
                {
                    Fail($"{decision} [rule {decision.Explanation.Rule}] while an improvement plan of {decision.EmployeeId} is in force on {Day(asOf)}");
                }
            }
        });
    }

    /// <summary>The merit guideline of an employee's decisions: the percentages of its subject added up, or none.</summary>
    private static decimal? Guideline(IEnumerable<Decision> decisions) =>
        decisions.FirstOrDefault(d => d.Kind == DecisionKind.MeritIncreaseRecommended)?.Subject is { } subject
            ? subject.Split('%').Select(p => p.Trim().TrimStart('+').Trim()).Where(p => p.Length > 0 && char.IsDigit(p[0]))
                .Sum(p => decimal.Parse(p.Split(' ')[0], CultureInfo.InvariantCulture))
            : null;
}
