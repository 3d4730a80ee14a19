using NodaTime;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>An improvement plan in force on the as-of date.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="StartOn">Its first day.</param>
/// <param name="EndsOn">Its end date (after any extension).</param>
/// <remarks>Only plans started and not concluded by the as-of date become facts. Identity is <see cref="PlanId"/>.</remarks>
public sealed record ImprovementPlanFact(ImprovementPlanId PlanId, EmployeeId EmployeeId, LocalDate StartOn, LocalDate EndsOn) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => PlanId;

    /// <inheritdoc/>
    public FactReference Describe() => new("ImprovementPlan", PlanId.Value, FactFormat.Values(
        ("employeeId", EmployeeId.Value),
        ("startOn", StartOn),
        ("endsOn", EndsOn)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
