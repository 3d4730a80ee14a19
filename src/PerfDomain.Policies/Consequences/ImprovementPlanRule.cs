using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Consequences;

/// <summary>
/// An improvement plan after calibrated ratings below "meets" in two consecutive cycles — never
/// while on leave, never while one is active, and only with documented feedback in the lookback
/// period ("no surprises"; <see cref="FeedbackFirstRule"/> covers the other case).
/// </summary>
[Name(RuleName)]
[Description("An improvement plan is recommended after two consecutive calibrated ratings below meets, with documented feedback in the last 90 days.")]
[Tag(ConsequenceRule.Pack)]
[Tag("corrective-action")]
public sealed class ImprovementPlanRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.improvement-plan";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        ConsequenceParameters parameters = null!;
        RatingFact earlier = null!;
        RatingFact latest = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => latest, r => r.IsLatest, r => !r.MeetsOrAbove)
            .Match(() => earlier, r => r.EmployeeId == latest.EmployeeId, r => r.CycleSequence == latest.CycleSequence - 1, r => !r.MeetsOrAbove)
            .Match(() => employee, e => e.Id == latest.EmployeeId, e => e.IsWorking, e => HasRecentFeedback(e, parameters, today))
            .Not<ImprovementPlanFact>(p => p.EmployeeId == latest.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, earlier, latest, employee, parameters));
    }

    internal static bool HasRecentFeedback(EmployeeFact employee, ConsequenceParameters parameters, EvaluationDate today) =>
        employee.LastDownwardFeedbackOn is { } last && today.IsBefore(last.PlusDays(parameters.FeedbackLookbackDays));

    private Decision Make(IContext context, RatingFact earlier, RatingFact latest, EmployeeFact employee, ConsequenceParameters parameters) =>
        Decide(
            context,
            DecisionKind.ImprovementPlanRecommended,
            latest.EmployeeId,
            latest.CycleId,
            null,
            true,
            $"Consider a {parameters.ImprovementPlanDurationDays}-day improvement plan with check-ins at the improvement-plan cadence: calibrated ratings '{earlier.Label}' in {earlier.CycleId} and '{latest.Label}' in {latest.CycleId} are below meets, and feedback was documented on {Day(employee.LastDownwardFeedbackOn!.Value)}.",
            Used("improvementPlanDurationDays", parameters.ImprovementPlanDurationDays),
            Used("feedbackLookbackDays", parameters.FeedbackLookbackDays));
}
