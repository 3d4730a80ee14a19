using NodaTime;
using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Reviews;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// A calibrated overall rating from a manager review: the only kind of rating that consequences
/// are drawn from.
/// </summary>
/// <param name="ReviewId">The review.</param>
/// <param name="EmployeeId">The employee rated.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="CycleSequence">The cycle's <see cref="CycleFact.Sequence"/>.</param>
/// <param name="Rating">The calibrated rating.</param>
/// <param name="Label">The rating's label.</param>
/// <param name="TopRating">The top point of the cycle's scale.</param>
/// <param name="MeetsThreshold">The lowest point of the scale that counts as meeting expectations.</param>
/// <param name="CalibratedOn">The day of the latest calibration.</param>
/// <param name="IsLatest">Whether this is the employee's most recent calibrated rating (the highest cycle sequence).</param>
/// <remarks>Identity is <see cref="ReviewId"/>.</remarks>
public sealed record RatingFact(
    ReviewId ReviewId,
    EmployeeId EmployeeId,
    CycleId CycleId,
    int CycleSequence,
    int Rating,
    string Label,
    int TopRating,
    int MeetsThreshold,
    LocalDate CalibratedOn,
    bool IsLatest) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets whether the rating meets expectations or better.</summary>
    public bool MeetsOrAbove => Rating >= MeetsThreshold;

    /// <summary>Gets whether the rating is the top point of the scale.</summary>
    public bool IsTop => Rating == TopRating;

    /// <summary>Gets whether the rating is one of the top two points of the scale.</summary>
    public bool IsTopTwo => Rating >= TopRating - 1;

    /// <inheritdoc/>
    public object GetIdentity() => ReviewId;

    /// <inheritdoc/>
    public FactReference Describe() => new("Rating", ReviewId.Value, FactFormat.Values(
        ("employeeId", EmployeeId.Value),
        ("cycleId", CycleId.Value),
        ("rating", Rating),
        ("label", Label),
        ("calibratedOn", CalibratedOn)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
