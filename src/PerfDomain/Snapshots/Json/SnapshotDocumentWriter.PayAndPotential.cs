using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots.Json;

internal static partial class SnapshotDocumentWriter
{
    /// <summary>
    /// A section of version 2 is written only when it holds something, so that a snapshot without pay or potential
    /// differs from its version-1 form in its <c>schemaVersion</c> alone.
    /// </summary>
    public static List<TDocument?>? Optional<T, TDocument>(IReadOnlyList<T> items, Func<T, TDocument> toDocument)
        where TDocument : class =>
        items.Count == 0 ? null : [.. items.Select(toDocument)];

    public static PayRangeDocument PayRange(PayRange range) =>
        PayRange(range.Grade, range.Currency.Value, range.Period, range.Minimum, range.Midpoint, range.Maximum);

    public static PayRangeDocument PayRange(GradeId grade, string? currency, PayPeriod period, decimal minimum, decimal midpoint, decimal maximum) => new()
    {
        GradeId = grade.Value,
        Currency = currency,
        Period = period,
        Minimum = minimum,
        Midpoint = midpoint,
        Maximum = maximum,
    };

    public static CompensationDocument Compensation(CompensationHistory history) =>
        Compensation(history.EmployeeId, history.BasePay.Select(p => BasePay(p.EffectiveOn, p.Amount, p.Currency.Value, p.Period, p.Grade)));

    public static CompensationDocument Compensation(EmployeeId employeeId, IEnumerable<BasePayDocument?> basePay) => new()
    {
        EmployeeId = employeeId.Value,
        BasePay = [.. basePay],
    };

    public static BasePayDocument BasePay(LocalDate effectiveOn, decimal amount, string? currency, PayPeriod period, GradeId grade) => new()
    {
        EffectiveOn = effectiveOn,
        Amount = amount,
        Currency = currency,
        Period = period,
        GradeId = grade.Value,
    };

    public static PotentialAssessmentDocument PotentialAssessment(PotentialAssessment assessment) => PotentialAssessment(
        assessment.Id, assessment.CycleId, assessment.EmployeeId, assessment.AssessedBy, assessment.AssessedOn, assessment.OriginalPotential, assessment.Calibrations);

    public static PotentialAssessmentDocument PotentialAssessment(
        PotentialAssessmentId id, CycleId cycleId, EmployeeId employeeId, EmployeeId assessedBy, LocalDate assessedOn, PotentialLevel potential, IEnumerable<PotentialCalibration> calibrations) => new()
    {
        Id = id.Value,
        CycleId = cycleId.Value,
        EmployeeId = employeeId.Value,
        AssessedBy = assessedBy.Value,
        AssessedOn = assessedOn,
        Potential = potential,
        Calibrations = [.. calibrations.Select(c => c is null ? null : new PotentialCalibrationDocument
        {
            OriginalPotential = c.OriginalPotential,
            CalibratedPotential = c.CalibratedPotential,
            CalibratedBy = c.CalibratedBy.Value,
            Reason = c.Reason,
            CalibratedOn = c.CalibratedOn,
        })],
    };
}
