using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Development;

/// <summary>Manager training for a new manager: their first direct report started within the window.</summary>
[Name(RuleName)]
[Description("Manager training is recommended for a new manager, whose first direct report started within the last 90 days.")]
[Tag(DevelopmentRule.Pack)]
[Tag("managers")]
public sealed class ManagerTrainingRule : DevelopmentRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "development.manager-training";

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
            .Match(() => manager, m => today.IsOnOrBefore(m.FirstReportOn.PlusDays(parameters.NewManagerWindowDays)))
            .Match(() => employee, e => e.Id == manager.Id, e => e.IsWorking);

        Then()
            .Yield(ctx => Make(ctx, manager, parameters));
    }

    private Decision Make(IContext context, ManagerFact manager, DevelopmentParameters parameters) =>
        Decide(
            context,
            DecisionKind.ManagerTrainingRecommended,
            manager.Id,
            null,
            manager.FirstReportOn.PlusDays(parameters.NewManagerWindowDays),
            false,
            $"Offer manager training: a first direct report started on {Day(manager.FirstReportOn)}, and this manager now has {Plural(manager.DirectReports, "direct report")}.",
            Used("newManagerWindowDays", parameters.NewManagerWindowDays));
}
