using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots.Json;

// The sections of schema version 2. References between them (grades, currencies, employees, cycles) are checked by
// the snapshot's validator once everything is read.
internal sealed partial class SnapshotAssembler
{
    private static readonly SnapshotPath PayRangesPath = Root.Field("payRanges");
    private static readonly SnapshotPath CompensationPath = Root.Field("compensation");
    private static readonly SnapshotPath PotentialAssessmentsPath = Root.Field("potentialAssessments");

    private readonly List<PayRange> _payRanges = [];
    private readonly List<CompensationHistory> _compensation = [];
    private readonly List<PotentialAssessment> _potentialAssessments = [];

    public void AddPayRange(PayRangeDocument? document, int index) => _payRanges.Add(Element(document, PayRangesPath[index], AssemblePayRange));

    public void AddCompensation(CompensationDocument? document, int index) => _compensation.Add(Element(document, CompensationPath[index], AssembleCompensation));

    public void AddPotentialAssessment(PotentialAssessmentDocument? document, int index) => _potentialAssessments.Add(Element(document, PotentialAssessmentsPath[index], AssemblePotentialAssessment));

    private static PayRange AssemblePayRange(PayRangeDocument document, SnapshotPath path) => new(
        Id<GradeId>(document.GradeId, path.Field("gradeId")),
        Currency(document.Currency, path.Field("currency")),
        Required(document.Period, path.Field("period")),
        Required(document.Minimum, path.Field("minimum")),
        Required(document.Midpoint, path.Field("midpoint")),
        Required(document.Maximum, path.Field("maximum")));

    private static CompensationHistory AssembleCompensation(CompensationDocument document, SnapshotPath path)
    {
        var employee = Id<EmployeeId>(document.EmployeeId, path.Field("employeeId"));
        var entries = RequiredList(document.BasePay, path.Field("basePay"));
        var basePay = new List<BasePay>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var at = path.Field("basePay")[i];
            var entry = entries[i];
            var effectiveOn = Required(entry.EffectiveOn, at.Field("effectiveOn"));
            if (i > 0 && effectiveOn <= basePay[i - 1].EffectiveOn)
            {
                throw at.Field("effectiveOn").Error($"{effectiveOn:uuuu-MM-dd} is not after the pay before it ({basePay[i - 1].EffectiveOn:uuuu-MM-dd}); a pay history lists each change once, oldest first.");
            }

            basePay.Add(Guarded(at, () => new BasePay(
                effectiveOn,
                Required(entry.Amount, at.Field("amount")),
                Currency(entry.Currency, at.Field("currency")),
                Required(entry.Period, at.Field("period")),
                Id<GradeId>(entry.GradeId, at.Field("gradeId")))));
        }

        return new CompensationHistory(employee, basePay);
    }

    private static PotentialAssessment AssemblePotentialAssessment(PotentialAssessmentDocument document, SnapshotPath path)
    {
        var assessment = PotentialAssessment.Assess(
            Id<PotentialAssessmentId>(document.Id, path.Field("id")),
            Id<CycleId>(document.CycleId, path.Field("cycleId")),
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            Id<EmployeeId>(document.AssessedBy, path.Field("assessedBy")),
            Required(document.Potential, path.Field("potential")),
            Required(document.AssessedOn, path.Field("assessedOn")));
        var calibrations = document.Calibrations ?? [];
        for (var i = 0; i < calibrations.Count; i++)
        {
            var at = path.Field("calibrations")[i];
            var calibration = Required(calibrations[i], at);
            var original = Required(calibration.OriginalPotential, at.Field("originalPotential"));
            if (original != assessment.Potential)
            {
                throw at.Field("originalPotential").Error($"is {Camel(original)}, but the potential before this calibration is {Camel(assessment.Potential)}.");
            }

            var calibrated = Required(calibration.CalibratedPotential, at.Field("calibratedPotential"));
            var by = Id<EmployeeId>(calibration.CalibratedBy, at.Field("calibratedBy"));
            var on = Required(calibration.CalibratedOn, at.Field("calibratedOn"));
            Guarded(at, () => assessment.Calibrate(calibrated, by, calibration.Reason, on));
        }

        assessment.ClearDomainEvents();
        return assessment;
    }

    private static CurrencyCode Currency(string? value, SnapshotPath path)
    {
        var code = Text(value, path);
        return CurrencyCode.IsActive(code)
            ? new CurrencyCode(code)
            : throw path.Error($"{JsonTokens.Text(code)} is not an ISO 4217 currency code: expected three upper-case letters of a currency in circulation, such as \"EUR\" or \"USD\".");
    }

    private static string Camel(PotentialLevel level) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(level.ToString());
}
