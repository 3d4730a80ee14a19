using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Reviews;

namespace PerfDomain.Policies.Facts;

/// <summary>A competency rating from a submitted manager review of the employee's most recent reviewed cycle.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="EmployeeId">The employee rated.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="CompetencyId">The competency.</param>
/// <param name="Rating">The rating.</param>
/// <param name="MeetsThreshold">The lowest point of the scale that counts as meeting expectations.</param>
/// <remarks>Identity is the review and the competency.</remarks>
public sealed record CompetencyRatingFact(ReviewId ReviewId, EmployeeId EmployeeId, CycleId CycleId, CompetencyId CompetencyId, int Rating, int MeetsThreshold) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets whether the rating meets expectations or better.</summary>
    public bool MeetsOrAbove => Rating >= MeetsThreshold;

    /// <inheritdoc/>
    public object GetIdentity() => (ReviewId, CompetencyId);

    /// <inheritdoc/>
    public FactReference Describe() => new("CompetencyRating", $"{ReviewId.Value}/{CompetencyId.Value}", FactFormat.Values(
        ("employeeId", EmployeeId.Value),
        ("competencyId", CompetencyId.Value),
        ("rating", Rating),
        ("meetsThreshold", MeetsThreshold)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
