using NodaTime;

namespace ReferenceHost.Data;

/// <summary>A human's approval or rejection of a decision: who, when, why, which pack at which version, and the decision with its explanation as it stood.</summary>
internal sealed class DecisionAuditRow
{
    public long Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string DecisionKey { get; set; } = string.Empty;

    public string EmployeeId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string Verdict { get; set; } = string.Empty;

    public string DecidedBy { get; set; } = string.Empty;

    public Instant DecidedAt { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string Pack { get; set; } = string.Empty;

    public string DecisionJson { get; set; } = string.Empty;
}
