using NodaTime;

namespace ReferenceHost.Data;

/// <summary>A performance cycle; its stage windows and rating labels are small JSON columns.</summary>
internal sealed class CycleRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public LocalDate Start { get; set; }

    public LocalDate End { get; set; }

    public string WindowsJson { get; set; } = string.Empty;

    public string ScaleLabelsJson { get; set; } = string.Empty;

    public int MeetsThreshold { get; set; }
}
