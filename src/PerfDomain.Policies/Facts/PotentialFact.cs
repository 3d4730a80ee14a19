using NodaTime;
using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.TalentReview;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// A calibrated potential assessment: like ratings, only calibrated potential leads to anything.
/// </summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="CycleSequence">The cycle's <see cref="CycleFact.Sequence"/>.</param>
/// <param name="Potential">The calibrated potential.</param>
/// <param name="CalibratedOn">The day of the latest calibration on or before the as-of date.</param>
/// <param name="IsLatest">Whether this is the employee's most recent calibrated potential (the highest cycle sequence).</param>
/// <remarks>Identity is <see cref="AssessmentId"/>.</remarks>
public sealed record PotentialFact(
    PotentialAssessmentId AssessmentId,
    EmployeeId EmployeeId,
    CycleId CycleId,
    int CycleSequence,
    PotentialLevel Potential,
    LocalDate CalibratedOn,
    bool IsLatest) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets whether the potential is high.</summary>
    public bool IsHigh => Potential == PotentialLevel.High;

    /// <inheritdoc/>
    public object GetIdentity() => AssessmentId;

    /// <inheritdoc/>
    public FactReference Describe() => new("Potential", AssessmentId.Value, FactFormat.Values(
        ("employeeId", EmployeeId.Value),
        ("cycleId", CycleId.Value),
        ("potential", Potential),
        ("calibratedOn", CalibratedOn)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Potential pa-017 (potential=High, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
