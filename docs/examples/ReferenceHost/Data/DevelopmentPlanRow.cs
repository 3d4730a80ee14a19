using NodaTime;
using PerfDomain.Development;

namespace ReferenceHost.Data;

/// <summary>A development plan; its actions are a JSON column.</summary>
internal sealed class DevelopmentPlanRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public string? CycleId { get; set; }

    public LocalDate CreatedOn { get; set; }

    public DevelopmentPlanStatus Status { get; set; }

    public LocalDate? ClosedOn { get; set; }

    public string ActionsJson { get; set; } = string.Empty;
}
