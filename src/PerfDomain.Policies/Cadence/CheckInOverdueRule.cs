using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>
/// A check-in overdue past the grace period, escalated with time: to the manager, then the
/// skip-level manager, then HR — at once to HR during an improvement plan.
/// </summary>
[Name(RuleName)]
[Description("A check-in overdue past the grace period escalates: manager, then skip-level (+14 days), then HR (+30 days); during an improvement plan, HR at once.")]
[Tag(CadenceRule.Pack)]
[Tag("check-ins")]
public sealed class CheckInOverdueRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.check-in-overdue";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        CadenceParameters parameters = null!;
        EmployeeFact employee = null!;
        CheckInCadence cadence = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => employee, e => e.ChecksIn)
            .Match(() => cadence, c => c.EmployeeId == employee.Id, c => today.IsAfter(c.DueOn(employee).PlusDays(parameters.OverdueGraceDays)));

        Then()
            .Yield(ctx => Make(ctx, today, employee, cadence, parameters));
    }

    // More than N days overdue: the day is after the day overdue since plus N.
    internal static EscalationLevel EscalationFor(EvaluationDate today, LocalDate overdueSince, EmployeeFact employee, CheckInCadence cadence, CadenceParameters parameters) =>
        cadence.OnImprovementPlan || today.IsAfter(overdueSince.PlusDays(parameters.HumanResourcesEscalationDays)) ? EscalationLevel.HumanResources
        : today.IsAfter(overdueSince.PlusDays(parameters.SkipLevelEscalationDays)) ? (employee.SkipLevelManagerId is null ? EscalationLevel.HumanResources : EscalationLevel.SkipLevelManager)
        : EscalationLevel.Manager;

    private Decision Make(IContext context, EvaluationDate today, EmployeeFact employee, CheckInCadence cadence, CadenceParameters parameters)
    {
        var due = cadence.DueOn(employee);
        var overdueSince = due.PlusDays(parameters.OverdueGraceDays);
        var escalation = EscalationFor(today, overdueSince, employee, cadence, parameters);
        var who = escalation switch
        {
            EscalationLevel.HumanResources when cadence.OnImprovementPlan => "HR at once, because the employee is on an improvement plan",
            EscalationLevel.HumanResources when !today.IsAfter(overdueSince.PlusDays(parameters.HumanResourcesEscalationDays)) => "HR, as there is no skip-level manager",
            EscalationLevel.HumanResources => "HR",
            EscalationLevel.SkipLevelManager => "the skip-level manager",
            _ => "the manager",
        };
        return Decide(
            context,
            DecisionKind.CheckInOverdue,
            employee.Id,
            null,
            due,
            false,
            Reason($"The check-in due on {Day(due)} is overdue by {DaysSince(overdueSince)} past the {parameters.OverdueGraceDays}-day grace period; tell {who}."),
            escalation,
            null,
            Used("intervalDays", cadence.IntervalDays),
            Used("overdueGraceDays", parameters.OverdueGraceDays),
            Used("skipLevelEscalationDays", parameters.SkipLevelEscalationDays),
            Used("humanResourcesEscalationDays", parameters.HumanResourcesEscalationDays));
    }
}
