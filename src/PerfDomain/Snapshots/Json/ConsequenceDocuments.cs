using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Development;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class DevelopmentPlanDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    [Id]
    public string? CycleId { get; set; }

    public LocalDate? CreatedOn { get; set; }

    public DevelopmentPlanStatus? Status { get; set; }

    public LocalDate? ClosedOn { get; set; }

    public List<DevelopmentActionDocument?>? Actions { get; set; }
}

internal sealed class DevelopmentActionDocument
{
    [Id]
    public string? Id { get; set; }

    public DevelopmentActionKind? Kind { get; set; }

    [Text(1000)]
    public string? Description { get; set; }

    public LocalDate? DueOn { get; set; }

    [Id]
    public string? CompetencyId { get; set; }

    [Id]
    public string? ObjectiveId { get; set; }

    public DevelopmentActionStatus? Status { get; set; }

    public LocalDate? ClosedOn { get; set; }
}

internal sealed class RecognitionDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    public RecognitionKind? Kind { get; set; }

    [Id]
    public string? CycleId { get; set; }

    [Id]
    public string? GrantedBy { get; set; }

    public LocalDate? GrantedOn { get; set; }

    [Text(2000)]
    public string? Reason { get; set; }
}

internal sealed class ImprovementPlanDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    public LocalDate? StartOn { get; set; }

    public Period? Duration { get; set; }

    [Text(4000)]
    public string? Expectations { get; set; }

    public List<CheckpointDocument?>? Checkpoints { get; set; }

    public List<PlanDecisionDocument?>? Decisions { get; set; }
}

internal sealed class CheckpointDocument
{
    public LocalDate? DueOn { get; set; }

    public LocalDate? HeldOn { get; set; }

    [Text(4000)]
    public string? Note { get; set; }
}

internal sealed class PlanDecisionDocument
{
    public ImprovementPlanOutcome? Outcome { get; set; }

    public LocalDate? DecidedOn { get; set; }

    [Id]
    public string? DecidedBy { get; set; }

    public LocalDate? NewEndsOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
