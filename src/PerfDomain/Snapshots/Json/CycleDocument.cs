using NodaTime;
using PerfDomain.Cycles;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class CycleDocument
{
    [Id]
    public string? Id { get; set; }

    [Text(200)]
    public string? Name { get; set; }

    public DatesDocument? Period { get; set; }

    public List<WindowDocument?>? Windows { get; set; }

    public RatingScaleDocument? RatingScale { get; set; }
}

internal sealed class DatesDocument
{
    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}

internal sealed class WindowDocument
{
    public LifecycleStage? Stage { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}

internal sealed class RatingScaleDocument
{
    public List<string?>? Labels { get; set; }

    [WholeNumber(1, 10, "a point of the scale")]
    public int? MeetsThreshold { get; set; }
}

internal sealed class CycleRecordDocument
{
    [Id]
    public string? CycleId { get; set; }

    [Id]
    public string? EmployeeId { get; set; }

    public List<StageEntryDocument?>? History { get; set; }
}

internal sealed class StageEntryDocument
{
    public LifecycleStage? Stage { get; set; }

    public LocalDate? EnteredOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
