namespace PerfDomain;

/// <summary>
/// Base of every entity that changes through intention-revealing methods and records the domain
/// events of those changes.
/// </summary>
/// <remarks>
/// The domain does not publish events: a host reads <see cref="DomainEvents"/> after a change,
/// persists or forwards them, and calls <see cref="ClearDomainEvents"/>. Instances are not
/// thread-safe.
/// </remarks>
public abstract class AggregateRoot
{
    // Allocated by the first event and dropped by ClearDomainEvents: a snapshot holds millions of aggregates, read or
    // built and then cleared, and an empty list with its array for each was a tenth of a large snapshot's memory.
    private List<IDomainEvent>? _domainEvents;

    /// <summary>Gets the events recorded since construction or the last <see cref="ClearDomainEvents"/>, oldest first.</summary>
    /// <remarks>A list read before <see cref="ClearDomainEvents"/> is emptied by it and does not receive later events: read this property again.</remarks>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents ?? (IReadOnlyList<IDomainEvent>)[];

    /// <summary>Forgets the recorded events, typically once the host has persisted them.</summary>
    public void ClearDomainEvents()
    {
        _domainEvents?.Clear();
        _domainEvents = null;
    }

    /// <summary>Records an event of a change that has just been made.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Record(IDomainEvent domainEvent) => (_domainEvents ??= []).Add(domainEvent);
}
