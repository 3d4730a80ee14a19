using NRules.Fluent.Dsl;
using PerfDomain.Employees;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>
/// Infers the check-in interval of every working employee who is not on an improvement plan: the
/// employee's override, else the unit's, else the company default — shortened to the probation
/// interval during probation.
/// </summary>
[Name(RuleName)]
[Description("The check-in interval of a working employee: individual override, then unit, then company default; probation shortens it.")]
[Tag(CadenceRule.Pack)]
[Tag("check-ins")]
[Tag("inference")]
public sealed class CheckInIntervalRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.check-in-interval";

    /// <inheritdoc/>
    public override void Define()
    {
        EmployeeFact employee = null!;
        CadenceParameters parameters = null!;

        When()
            .Match(() => parameters)
            .Match(() => employee, e => e.ChecksIn)
            .Not<ImprovementPlanFact>(p => p.EmployeeId == employee.Id);

        Then()
            .Yield(_ => Infer(employee, parameters, null));
    }

    internal static CheckInCadence Infer(EmployeeFact employee, CadenceParameters parameters, ImprovementPlanFact? plan)
    {
        var (days, source) = parameters.EmployeeCheckInIntervalDays.TryGetValue(employee.Id.Value, out var own) ? (own, "employee")
            : parameters.OrgUnitCheckInIntervalDays.TryGetValue(employee.OrgUnitId.Value, out var unit) ? (unit, "org unit")
            : (parameters.CheckInIntervalDays, "company");
        if (employee.Status == EmploymentStatus.Probation && parameters.ProbationCheckInIntervalDays < days)
        {
            (days, source) = (parameters.ProbationCheckInIntervalDays, "probation");
        }

        if (plan is not null && parameters.ImprovementPlanCheckInIntervalDays < days)
        {
            (days, source) = (parameters.ImprovementPlanCheckInIntervalDays, "improvement plan");
        }

        // A plan's own cadence starts with the plan: a check-in from before it is not "overdue" on day one.
        var from = plan is not null && plan.StartOn > employee.CheckInCountingFrom ? plan.StartOn : employee.CheckInCountingFrom;
        return new CheckInCadence(employee.Id, days, source, plan is not null, from);
    }
}
