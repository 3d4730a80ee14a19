using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// How much of a cycle an employee served, for prorating rewards: the days of the cycle, the days they were employed
/// in it and the days of those they were on leave (as the status history stands on the as-of date; a leave not yet
/// ended counts to the end of the cycle).
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="CycleDays">The days of the cycle.</param>
/// <param name="EmployedDays">The days of the cycle from the hire date on.</param>
/// <param name="LeaveDays">The days of those on leave.</param>
/// <remarks>Projected for the cycles of an employee's calibrated ratings. Identity is the employee and the cycle.</remarks>
public sealed record CycleServiceFact(EmployeeId EmployeeId, CycleId CycleId, int CycleDays, int EmployedDays, int LeaveDays) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets the share of the cycle worked: employed days less leave, over the cycle's days (0 to 1).</summary>
    public decimal Proration => CycleDays <= 0 ? 0m : Math.Clamp((decimal)(EmployedDays - LeaveDays) / CycleDays, 0m, 1m);

    /// <inheritdoc/>
    public object GetIdentity() => (nameof(CycleServiceFact), EmployeeId, CycleId);

    /// <inheritdoc/>
    public FactReference Describe() => new("CycleService", $"{EmployeeId.Value}/{CycleId.Value}", FactFormat.Values(
        ("cycleDays", CycleDays),
        ("employedDays", EmployedDays),
        ("leaveDays", LeaveDays)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>CycleService e-040/c-2026 (cycleDays=365, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
