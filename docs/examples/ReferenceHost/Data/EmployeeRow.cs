using NodaTime;

namespace ReferenceHost.Data;

/// <summary>An employee; their histories are in employee_history.</summary>
internal sealed class EmployeeRow
{
    public string TenantId { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public LocalDate HireDate { get; set; }
}
