using NodaTime;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Cadence;

/// <summary>
/// The check-in interval that applies to a working employee, and where it comes from: an
/// intermediate fact the cadence rules infer and the due and overdue rules use.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="IntervalDays">The interval, in days.</param>
/// <param name="Source">Where the interval comes from: <c>employee</c>, <c>org unit</c>, <c>company</c>, <c>probation</c> or <c>improvement plan</c>.</param>
/// <param name="OnImprovementPlan">Whether the employee is on an improvement plan (overdue check-ins then go to HR at once).</param>
/// <param name="CountingFrom">The day the interval counts from: the employee's <see cref="EmployeeFact.CheckInCountingFrom"/>, or the start of an improvement plan begun since.</param>
/// <remarks>Identity is the employee.</remarks>
public sealed record CheckInCadence(EmployeeId EmployeeId, int IntervalDays, string Source, bool OnImprovementPlan, LocalDate CountingFrom) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets the day the next check-in is due for an employee on this cadence.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns><see cref="CountingFrom"/>, plus the interval, plus the days of leave that paused it.</returns>
    public LocalDate DueOn(EmployeeFact employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        return CountingFrom.PlusDays(IntervalDays + employee.CheckInPausedDays);
    }

    /// <inheritdoc/>
    public object GetIdentity() => ("cadence", EmployeeId);

    /// <inheritdoc/>
    public FactReference Describe() => new("CheckInCadence", EmployeeId.Value, FactFormat.Values(
        ("intervalDays", IntervalDays),
        ("source", Source),
        ("onImprovementPlan", OnImprovementPlan),
        ("countingFrom", CountingFrom)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
