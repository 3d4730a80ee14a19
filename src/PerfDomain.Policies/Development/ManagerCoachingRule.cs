using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Development;

/// <summary>Coaching for a manager whose reports had too few check-ins or feedback notes from them lately.</summary>
[Name(RuleName)]
[Description("Coaching is recommended for a manager (managing for at least the whole window) with fewer than N check-ins or feedback notes per direct report in the last 60 days.")]
[Tag(DevelopmentRule.Pack)]
[Tag("managers")]
public sealed class ManagerCoachingRule : DevelopmentRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "development.manager-coaching";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        DevelopmentParameters parameters = null!;
        ManagerFact manager = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(
                () => manager,
                m => m.DirectReports > 0,
                m => today.IsOnOrAfter(m.FirstReportOn.PlusDays(parameters.ManagerConversationWindowDays)),
                m => m.ConversationsLast60Days < m.DirectReports * parameters.MinimumConversationsPerReport)
            .Match(() => employee, e => e.Id == manager.Id, e => e.IsWorking);

        Then()
            .Yield(ctx => Make(ctx, manager, parameters));
    }

    private Decision Make(IContext context, ManagerFact manager, DevelopmentParameters parameters) =>
        Decide(
            context,
            DecisionKind.ManagerCoachingRecommended,
            manager.Id,
            null,
            null,
            false,
            $"Coach this manager on regular conversations: {Plural(manager.ConversationsLast60Days, "check-in or feedback note", "check-ins or feedback notes")} with {Plural(manager.DirectReports, "direct report")} in the last {Days(parameters.ManagerConversationWindowDays)}, fewer than {parameters.MinimumConversationsPerReport} per report.",
            Used("managerConversationWindowDays", parameters.ManagerConversationWindowDays),
            Used("minimumConversationsPerReport", parameters.MinimumConversationsPerReport));
}
