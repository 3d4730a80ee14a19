using NodaTime;

namespace ReferenceHost.Data;

/// <summary>A domain event, written in the transaction of the change that raised it, for other systems to consume.</summary>
internal sealed class OutboxMessageRow
{
    public long Id { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string AggregateId { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public Instant RecordedAt { get; set; }

    public Instant? DispatchedAt { get; set; }
}
