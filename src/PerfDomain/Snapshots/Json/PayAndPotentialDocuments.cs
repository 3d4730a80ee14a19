using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots.Json;

// The sections schema version 2 added.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class PayRangeDocument
{
    [Id]
    public string? GradeId { get; set; }

    [Text(3)]
    public string? Currency { get; set; }

    public PayPeriod? Period { get; set; }

    [Number(0, 1_000_000_000_000)]
    public decimal? Minimum { get; set; }

    [Number(0, 1_000_000_000_000)]
    public decimal? Midpoint { get; set; }

    [Number(0, 1_000_000_000_000)]
    public decimal? Maximum { get; set; }
}

internal sealed class CompensationDocument
{
    [Id]
    public string? EmployeeId { get; set; }

    public List<BasePayDocument?>? BasePay { get; set; }
}

internal sealed class BasePayDocument
{
    public LocalDate? EffectiveOn { get; set; }

    [Number(0, 1_000_000_000_000)]
    public decimal? Amount { get; set; }

    [Text(3)]
    public string? Currency { get; set; }

    public PayPeriod? Period { get; set; }

    [Id]
    public string? GradeId { get; set; }
}

internal sealed class PotentialAssessmentDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? CycleId { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    [Id]
    public string? AssessedBy { get; set; }

    public LocalDate? AssessedOn { get; set; }

    public PotentialLevel? Potential { get; set; }

    public List<PotentialCalibrationDocument?>? Calibrations { get; set; }
}

internal sealed class PotentialCalibrationDocument
{
    public PotentialLevel? OriginalPotential { get; set; }

    public PotentialLevel? CalibratedPotential { get; set; }

    [Id]
    public string? CalibratedBy { get; set; }

    [Text(2000)]
    public string? Reason { get; set; }

    public LocalDate? CalibratedOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
