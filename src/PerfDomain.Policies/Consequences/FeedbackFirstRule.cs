using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Consequences;

/// <summary>
/// "No surprises": where an improvement plan would be recommended but no feedback was documented in
/// the lookback period, the manager is asked to document feedback first.
/// </summary>
[Name(RuleName)]
[Description("Before corrective action after two consecutive ratings below meets, the manager documents feedback if none exists from the last 90 days.")]
[Tag(ConsequenceRule.Pack)]
[Tag("corrective-action")]
public sealed class FeedbackFirstRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.feedback-first";

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
            .Match(() => employee, e => e.Id == latest.EmployeeId, e => e.IsWorking, e => !ImprovementPlanRule.HasRecentFeedback(e, parameters, today))
            .Not<ImprovementPlanFact>(p => p.EmployeeId == latest.EmployeeId);

        Then()
            .Yield(ctx => Make(ctx, latest, employee, parameters));
    }

    private Decision Make(IContext context, RatingFact latest, EmployeeFact employee, ConsequenceParameters parameters) =>
        Decide(
            context,
            DecisionKind.FeedbackDocumentationRequested,
            latest.EmployeeId,
            latest.CycleId,
            null,
            false,
            employee.LastDownwardFeedbackOn is { } last
                ? $"Document feedback with the employee before any corrective action: two consecutive ratings are below meets, and the last documented feedback ({Day(last)}) is more than {Days(parameters.FeedbackLookbackDays)} old."
                : $"Document feedback with the employee before any corrective action: two consecutive ratings are below meets, and no feedback has been documented.",
            Used("feedbackLookbackDays", parameters.FeedbackLookbackDays));
}
