using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>Which of an employee's reviews for a cycle were submitted by the as-of date.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="SelfReviewSubmitted">Whether a self review was submitted.</param>
/// <param name="ManagerReviewSubmitted">Whether a manager review was submitted.</param>
/// <remarks>One per employee with a record of a cycle whose reviews can be due or overdue on the as-of date (its review window has opened, and it ended no longer ago than overdue reviews are reported). Identity is the pair.</remarks>
public sealed record ReviewProgressFact(EmployeeId EmployeeId, CycleId CycleId, bool SelfReviewSubmitted, bool ManagerReviewSubmitted) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => (EmployeeId, CycleId);

    /// <inheritdoc/>
    public FactReference Describe() => new("ReviewProgress", $"{EmployeeId.Value}/{CycleId.Value}", FactFormat.Values(
        ("selfReviewSubmitted", SelfReviewSubmitted),
        ("managerReviewSubmitted", ManagerReviewSubmitted)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
