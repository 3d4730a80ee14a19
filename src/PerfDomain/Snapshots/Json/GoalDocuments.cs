using NodaTime;
using PerfDomain.Goals;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class ObjectiveDocument
{
    [Id]
    public string? Id { get; set; }

    [Id]
    public string? CycleId { get; set; }

    public GoalLevel? Level { get; set; }

    [Id]
    public string? OwnerId { get; set; }

    [Text(500)]
    public string? Title { get; set; }

    [Number(0, 100)]
    public decimal? Weight { get; set; }

    [Id]
    public string? ParentId { get; set; }

    public List<KeyResultDocument?>? KeyResults { get; set; }
}

internal sealed class KeyResultDocument
{
    [Id]
    public string? Id { get; set; }

    [Text(500)]
    public string? Description { get; set; }

    public decimal? Start { get; set; }

    public decimal? Target { get; set; }

    public decimal? Current { get; set; }

    [Text(50)]
    public string? Unit { get; set; }

    public LocalDate? LastUpdatedOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
