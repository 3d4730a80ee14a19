using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Development;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class DevelopmentPlanDocument
{
    public string? Id { get; set; }

    public string? EmployeeId { get; set; }

    public string? CycleId { get; set; }

    public LocalDate? CreatedOn { get; set; }

    public DevelopmentPlanStatus? Status { get; set; }

    public LocalDate? ClosedOn { get; set; }

    public List<DevelopmentActionDocument?>? Actions { get; set; }
}

internal sealed class DevelopmentActionDocument
{
    public string? Id { get; set; }

    public DevelopmentActionKind? Kind { get; set; }

    public string? Description { get; set; }

    public LocalDate? DueOn { get; set; }

    public string? CompetencyId { get; set; }

    public string? ObjectiveId { get; set; }

    public DevelopmentActionStatus? Status { get; set; }

    public LocalDate? ClosedOn { get; set; }
}

internal sealed class RecognitionDocument
{
    public string? Id { get; set; }

    public string? EmployeeId { get; set; }

    public RecognitionKind? Kind { get; set; }

    public string? CycleId { get; set; }

    public string? GrantedBy { get; set; }

    public LocalDate? GrantedOn { get; set; }

    public string? Reason { get; set; }
}

internal sealed class ImprovementPlanDocument
{
    public string? Id { get; set; }

    public string? EmployeeId { get; set; }

    public LocalDate? StartOn { get; set; }

    public Period? Duration { get; set; }

    public string? Expectations { get; set; }

    public List<CheckpointDocument?>? Checkpoints { get; set; }

    public List<PlanDecisionDocument?>? Decisions { get; set; }
}

internal sealed class CheckpointDocument
{
    public LocalDate? DueOn { get; set; }

    public LocalDate? HeldOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class PlanDecisionDocument
{
    public ImprovementPlanOutcome? Outcome { get; set; }

    public LocalDate? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public LocalDate? NewEndsOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
