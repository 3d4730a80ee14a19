using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Development;

/// <summary>A reintegration check-in after a long leave, until one has taken place.</summary>
[Name(RuleName)]
[Description("A reintegration check-in is recommended on return from a leave longer than 90 days, until a check-in takes place.")]
[Tag(DevelopmentRule.Pack)]
[Tag("check-ins")]
public sealed class ReintegrationCheckInRule : DevelopmentRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "development.reintegration-check-in";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        DevelopmentParameters parameters = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(
                () => employee,
                e => e.IsWorking,
                e => e.LastLeaveEndedOn != null,
                e => e.LastLeaveDays > parameters.ReintegrationMinimumLeaveDays,
                e => today.IsOnOrBefore(e.LastLeaveEndedOn!.Value.PlusDays(parameters.ReintegrationWindowDays)),
                e => e.LastCheckInOn == null || e.LastCheckInOn < e.LastLeaveEndedOn);

        Then()
            .Yield(ctx => Make(ctx, employee, parameters));
    }

    private Decision Make(IContext context, EmployeeFact employee, DevelopmentParameters parameters) =>
        Decide(
            context,
            DecisionKind.ReintegrationCheckInRecommended,
            employee.Id,
            null,
            employee.LastLeaveEndedOn!.Value.PlusDays(parameters.ReintegrationWindowDays),
            false,
            $"Hold a reintegration check-in: back on {Day(employee.LastLeaveEndedOn!.Value)} after {Days(employee.LastLeaveDays!.Value)} of leave, with no check-in since.",
            Used("reintegrationMinimumLeaveDays", parameters.ReintegrationMinimumLeaveDays),
            Used("reintegrationWindowDays", parameters.ReintegrationWindowDays));
}
