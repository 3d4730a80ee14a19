namespace ReferenceHost.Data;

/// <summary>An employee's record of a cycle; the stages entered are a JSON column.</summary>
internal sealed class CycleRecordRow
{
    public string TenantId { get; set; } = string.Empty;

    public string CycleId { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public string HistoryJson { get; set; } = string.Empty;
}
