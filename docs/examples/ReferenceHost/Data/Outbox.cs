using System.Text.Json;
using NodaTime;
using PerfDomain;
using PerfDomain.Serialization;

namespace ReferenceHost.Data;

/// <summary>
/// Writes an aggregate's domain events to the outbox table, in the unit of work of the change that
/// raised them (one <c>SaveChanges</c>, one transaction), each with its type discriminator
/// (<c>"type": "checkInRecorded"</c>) as <see cref="PerfDomainJson.Options"/> writes it.
/// </summary>
internal static class Outbox
{
    public static void Add(HrisDbContext db, string tenant, string aggregateId, AggregateRoot aggregate, Instant now)
    {
        // doc: outbox
        foreach (var domainEvent in aggregate.DomainEvents)
        {
            db.Outbox.Add(new OutboxMessageRow
            {
                TenantId = tenant,
                AggregateId = aggregateId,
                Type = PerfDomainJson.EventTypeOf(domainEvent),                            // "checkInRecorded"
                Payload = JsonSerializer.Serialize(domainEvent, PerfDomainJson.Options), // {"type":"checkInRecorded",…}
                RecordedAt = now,
            });
        }

        // end doc
    }
}
