using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Snapshots.Json;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA2227 // Collection properties are set by System.Text.Json.
internal sealed class EmployeeDocument
{
    [Id]
    public string? Id { get; set; }

    [Text(200)]
    public string? Name { get; set; }

    public LocalDate? HireDate { get; set; }

    public List<StatusChangeDocument?>? StatusHistory { get; set; }

    public List<RoleDocument?>? RoleHistory { get; set; }

    public List<ReportingLineDocument?>? ReportingLines { get; set; }

    public List<OrgUnitAssignmentDocument?>? OrgUnitHistory { get; set; }
}

internal sealed class OrgUnitAssignmentDocument
{
    [Id]
    public string? OrgUnitId { get; set; }

    public LocalDate? EffectiveOn { get; set; }
}

internal sealed class StatusChangeDocument
{
    public EmploymentStatus? Status { get; set; }

    public LocalDate? EffectiveOn { get; set; }
}

internal sealed class RoleDocument
{
    [Text(200)]
    public string? Role { get; set; }

    [WholeNumber(1, 100, "the job level")]
    public int? Level { get; set; }

    public LocalDate? EffectiveOn { get; set; }
}

internal sealed class ReportingLineDocument
{
    [Id]
    public string? ManagerId { get; set; }

    public LocalDate? EffectiveOn { get; set; }
}
#pragma warning restore CA2227
#pragma warning restore CA1812
