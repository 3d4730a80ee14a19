using PerfDomain.Goals;

namespace ReferenceHost.Data;

/// <summary>An objective of a cycle's goal set; its key results are a JSON column.</summary>
internal sealed class ObjectiveRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string CycleId { get; set; } = string.Empty;

    public int Position { get; set; }

    public GoalLevel Level { get; set; }

    public string? OwnerId { get; set; }

    public string Title { get; set; } = string.Empty;

    public decimal Weight { get; set; }

    public string? ParentId { get; set; }

    public string KeyResultsJson { get; set; } = string.Empty;
}
