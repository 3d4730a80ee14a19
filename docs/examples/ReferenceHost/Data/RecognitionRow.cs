using NodaTime;
using PerfDomain.Consequences;

namespace ReferenceHost.Data;

/// <summary>A recognition or reward.</summary>
internal sealed class RecognitionRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public RecognitionKind Kind { get; set; }

    public string? CycleId { get; set; }

    public string GrantedBy { get; set; } = string.Empty;

    public LocalDate GrantedOn { get; set; }

    public string Reason { get; set; } = string.Empty;
}
