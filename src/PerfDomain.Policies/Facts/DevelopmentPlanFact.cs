using NodaTime;
using NRules.RuleModel;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Reviews;

namespace PerfDomain.Policies.Facts;

/// <summary>A development plan active on the as-of date.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="CreatedOn">The day it was created.</param>
/// <param name="Competencies">The competencies its actions develop or developed (open or completed actions; cancelled ones do not count).</param>
/// <remarks>Identity is <see cref="PlanId"/>.</remarks>
public sealed record DevelopmentPlanFact(DevelopmentPlanId PlanId, EmployeeId EmployeeId, LocalDate CreatedOn, IReadOnlySet<CompetencyId> Competencies) : IExplainableFact, IIdentityProvider
{
    /// <summary>Tells whether an open or completed action of the plan develops a competency.</summary>
    /// <param name="competencyId">The competency.</param>
    /// <returns>Whether it does.</returns>
    public bool Develops(CompetencyId competencyId) => Competencies.Contains(competencyId);

    /// <inheritdoc/>
    public bool Equals(DevelopmentPlanFact? other) =>
        other is not null && PlanId == other.PlanId && EmployeeId == other.EmployeeId && CreatedOn == other.CreatedOn && Competencies.SetEquals(other.Competencies);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(PlanId, EmployeeId, CreatedOn, Competencies.Count);

    /// <inheritdoc/>
    public object GetIdentity() => PlanId;

    /// <inheritdoc/>
    public FactReference Describe() => new("DevelopmentPlan", PlanId.Value, FactFormat.Values(
        ("employeeId", EmployeeId.Value),
        ("createdOn", CreatedOn),
        ("competencies", string.Join(",", Competencies.Select(c => c.Value).Order(StringComparer.Ordinal)))));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
