using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Reviews;

namespace PerfDomain.Policies.Facts;

/// <summary>The overall rating a manager gave in a submitted review, before any calibration: what calibration looks at.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="ManagerId">The manager who rated.</param>
/// <param name="EmployeeId">The employee rated.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="Rating">The rating as submitted.</param>
/// <param name="TopRating">The top point of the cycle's scale.</param>
/// <param name="IsCalibrated">Whether the rating had been through calibration by the as-of date.</param>
/// <remarks>Identity is <see cref="ReviewId"/>.</remarks>
public sealed record ManagerRatingFact(ReviewId ReviewId, EmployeeId ManagerId, EmployeeId EmployeeId, CycleId CycleId, int Rating, int TopRating, bool IsCalibrated) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets the rating after calibration, or <see langword="null"/> while <see cref="IsCalibrated"/> is false.</summary>
    public int? CalibratedRating { get; init; }

    /// <inheritdoc/>
    public object GetIdentity() => ("submitted", ReviewId);

    /// <inheritdoc/>
    public FactReference Describe() => new("ManagerRating", ReviewId.Value, FactFormat.Values(
        ("managerId", ManagerId.Value),
        ("employeeId", EmployeeId.Value),
        ("cycleId", CycleId.Value),
        ("rating", Rating),
        ("isCalibrated", IsCalibrated),
        ("calibratedRating", CalibratedRating)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
