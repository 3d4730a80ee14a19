using PerfDomain.Compensation;
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

    public static PayRangeDocument PayRange(PayRange range) => new()
    {
        GradeId = range.Grade.Value,
        Currency = range.Currency.Value,
        Period = range.Period,
        Minimum = range.Minimum,
        Midpoint = range.Midpoint,
        Maximum = range.Maximum,
    };

    public static CompensationDocument Compensation(CompensationHistory history) => new()
    {
        EmployeeId = history.EmployeeId.Value,
        BasePay = [.. history.BasePay.Select(p => new BasePayDocument
        {
            EffectiveOn = p.EffectiveOn,
            Amount = p.Amount,
            Currency = p.Currency.Value,
            Period = p.Period,
            GradeId = p.Grade.Value,
        })],
    };

    public static PotentialAssessmentDocument PotentialAssessment(PotentialAssessment assessment) => new()
    {
        Id = assessment.Id.Value,
        CycleId = assessment.CycleId.Value,
        EmployeeId = assessment.EmployeeId.Value,
        AssessedBy = assessment.AssessedBy.Value,
        AssessedOn = assessment.AssessedOn,
        Potential = assessment.OriginalPotential,
        Calibrations = [.. assessment.Calibrations.Select(c => new PotentialCalibrationDocument
        {
            OriginalPotential = c.OriginalPotential,
            CalibratedPotential = c.CalibratedPotential,
            CalibratedBy = c.CalibratedBy.Value,
            Reason = c.Reason,
            CalibratedOn = c.CalibratedOn,
        })],
    };
}
