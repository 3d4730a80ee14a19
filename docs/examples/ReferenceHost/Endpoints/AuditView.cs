using NodaTime;
using ReferenceHost.Data;

namespace ReferenceHost.Endpoints;

/// <summary>A row of the audit table, as the API shows it.</summary>
internal sealed record AuditView(long Id, string Key, string EmployeeId, string Kind, string Verdict, string DecidedBy, Instant DecidedAt, string Reason, string Pack, string DecisionJson)
{
    public static AuditView Of(DecisionAuditRow row) =>
        new(row.Id, row.DecisionKey, row.EmployeeId, row.Kind, row.Verdict, row.DecidedBy, row.DecidedAt, row.Reason, row.Pack, row.DecisionJson);
}
