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
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Gets the events recorded since construction or the last <see cref="ClearDomainEvents"/>, oldest first.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Forgets the recorded events, typically once the host has persisted them.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <summary>Records an event of a change that has just been made.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Record(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
