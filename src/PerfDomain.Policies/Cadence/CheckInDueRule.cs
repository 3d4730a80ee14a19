using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>The next check-in of every working employee, while it is not overdue.</summary>
[Name(RuleName)]
[Description("Every working employee has a next check-in, due one interval after the last (leave pauses the count).")]
[Tag(CadenceRule.Pack)]
[Tag("check-ins")]
public sealed class CheckInDueRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.check-in-due";

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
            .Match(() => cadence, c => c.EmployeeId == employee.Id, c => today.IsOnOrBefore(c.DueOn(employee).PlusDays(parameters.OverdueGraceDays)));

        Then()
            .Yield(ctx => Make(ctx, employee, cadence, parameters));
    }

    private Decision Make(IContext context, EmployeeFact employee, CheckInCadence cadence, CadenceParameters parameters)
    {
        var due = cadence.DueOn(employee);
        var since = cadence.CountingFrom != employee.CheckInCountingFrom ? $"the start of the improvement plan on {Day(cadence.CountingFrom)}"
            : employee.LastCheckInOn is { } last ? $"the last check-in on {Day(last)}"
            : $"{Day(employee.CheckInCountingFrom)}, with no check-in since";
        var pause = employee.CheckInPausedDays > 0 ? $", paused {Days(employee.CheckInPausedDays)} for leave" : string.Empty;
        return Decide(
            context,
            DecisionKind.CheckInDue,
            employee.Id,
            null,
            due,
            false,
            $"A check-in is due by {Day(due)}: {(cadence.IntervalDays == 1 ? "every day" : $"every {Days(cadence.IntervalDays)}")} ({cadence.Source} cadence) counted from {since}{pause}.",
            Used("intervalDays", cadence.IntervalDays),
            Used("overdueGraceDays", parameters.OverdueGraceDays));
    }
}
