using NodaTime;

namespace PerfDomain.Snapshots.Json;

// The JSON form of a snapshot, kept apart from the domain types so that the format can stay stable
// while the model evolves. Every member is nullable: required fields are checked by the assembler,
// which reports the JSON path of whatever is missing.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class SnapshotDocument
{
    public int? SchemaVersion { get; set; }

    public OrganizationDocument? Organization { get; set; }

    public List<OrgUnitDocument?>? OrgUnits { get; set; }

    public List<EmployeeDocument?>? Employees { get; set; }

    public List<CycleDocument?>? Cycles { get; set; }

    public List<CycleRecordDocument?>? CycleRecords { get; set; }

    public List<ObjectiveDocument?>? Objectives { get; set; }

    public List<CheckInDocument?>? CheckIns { get; set; }

    public List<FeedbackNoteDocument?>? FeedbackNotes { get; set; }

    public List<ReviewDocument?>? Reviews { get; set; }

    public List<DevelopmentPlanDocument?>? DevelopmentPlans { get; set; }

    public List<RecognitionDocument?>? Recognitions { get; set; }

    public List<ImprovementPlanDocument?>? ImprovementPlans { get; set; }

    public List<PayRangeDocument?>? PayRanges { get; set; }

    public List<CompensationDocument?>? Compensation { get; set; }

    public List<PotentialAssessmentDocument?>? PotentialAssessments { get; set; }
}

internal sealed class OrganizationDocument
{
    [Text(200)]
    public string? Name { get; set; }

    public LocalDate? ReferenceDate { get; set; }
}

internal sealed class OrgUnitDocument
{
    [Id]
    public string? Id { get; set; }

    [Text(200)]
    public string? Name { get; set; }

    [Id]
    public string? ParentId { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
