using NodaTime;
using PerfDomain.Employees;

namespace ReferenceHost.Data;

/// <summary>One dated entry of an employee's status, role, manager or unit history (Kind says which).</summary>
internal sealed class EmployeeHistoryRow
{
    public string TenantId { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public int Seq { get; set; }

    public string Kind { get; set; } = string.Empty;

    public LocalDate EffectiveOn { get; set; }

    public EmploymentStatus? Status { get; set; }

    public string? Role { get; set; }

    public int? Level { get; set; }

    public string? ManagerId { get; set; }

    public string? OrgUnitId { get; set; }
}
