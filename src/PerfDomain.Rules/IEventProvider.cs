namespace PerfDomain.Rules;

/// <summary>Events raised by a session (or, on a factory, by every session it creates).</summary>
/// <remarks>Handlers run synchronously on the thread of the session operation; they must not call back into the session.</remarks>
public interface IEventProvider
{
    /// <summary>Raised before a fact is inserted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    /// <summary>Raised after a fact is inserted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    /// <summary>Raised before a fact is updated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    /// <summary>Raised after a fact is updated.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    /// <summary>Raised before a fact is retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    /// <summary>Raised after a fact is retracted.</summary>
    event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    /// <summary>Raised when a match is added to the agenda.</summary>
    event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    /// <summary>Raised when a fact of a pending or fired match is updated.</summary>
    event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    /// <summary>Raised when a match goes away.</summary>
    event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    /// <summary>Raised before a rule's actions run.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    /// <summary>Raised after a rule's actions ran.</summary>
    event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    /// <summary>Raised when a rule action throws.</summary>
    event EventHandler<ActionErrorEventArgs>? ActionFailedEvent;

    /// <summary>Raised when a condition or other left-hand-side expression throws.</summary>
    event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;
}
