using NodaTime;

namespace ReferenceHost.Data;

/// <summary>An improvement plan; checkpoints and outcome decisions are JSON columns.</summary>
internal sealed class ImprovementPlanRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public LocalDate StartOn { get; set; }

    public Period Duration { get; set; } = Period.Zero;

    public string Expectations { get; set; } = string.Empty;

    public string CheckpointsJson { get; set; } = string.Empty;

    public string DecisionsJson { get; set; } = string.Empty;
}
