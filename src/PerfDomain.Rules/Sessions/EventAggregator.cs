using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>Raises a session's events, then its factory's.</summary>
internal sealed class EventAggregator(EventAggregator? parent) : IEventProvider
{
    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<ActionErrorEventArgs>? ActionFailedEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    public bool HasFactHandlers =>
        FactInsertingEvent is not null || FactInsertedEvent is not null || FactUpdatingEvent is not null
        || FactUpdatedEvent is not null || FactRetractingEvent is not null || FactRetractedEvent is not null
        || (parent?.HasFactHandlers ?? false);

    public bool HasAgendaHandlers =>
        ActivationCreatedEvent is not null || ActivationUpdatedEvent is not null || ActivationDeletedEvent is not null
        || RuleFiringEvent is not null || RuleFiredEvent is not null || (parent?.HasAgendaHandlers ?? false);

    public void RaiseFact(object sender, FactOperation operation, bool after, IFact fact)
    {
        var handler = (operation, after) switch
        {
            (FactOperation.Insert, false) => FactInsertingEvent,
            (FactOperation.Insert, true) => FactInsertedEvent,
            (FactOperation.Update, false) => FactUpdatingEvent,
            (FactOperation.Update, true) => FactUpdatedEvent,
            (FactOperation.Retract, false) => FactRetractingEvent,
            _ => FactRetractedEvent,
        };
        handler?.Invoke(sender, new WorkingMemoryEventArgs(fact));
        parent?.RaiseFact(sender, operation, after, fact);
    }

    public void RaiseActivationCreated(object sender, AgendaEventArgs args)
    {
        ActivationCreatedEvent?.Invoke(sender, args);
        parent?.RaiseActivationCreated(sender, args);
    }

    public void RaiseActivationUpdated(object sender, AgendaEventArgs args)
    {
        ActivationUpdatedEvent?.Invoke(sender, args);
        parent?.RaiseActivationUpdated(sender, args);
    }

    public void RaiseActivationDeleted(object sender, AgendaEventArgs args)
    {
        ActivationDeletedEvent?.Invoke(sender, args);
        parent?.RaiseActivationDeleted(sender, args);
    }

    public void RaiseRuleFiring(object sender, AgendaEventArgs args)
    {
        RuleFiringEvent?.Invoke(sender, args);
        parent?.RaiseRuleFiring(sender, args);
    }

    public void RaiseRuleFired(object sender, AgendaEventArgs args)
    {
        RuleFiredEvent?.Invoke(sender, args);
        parent?.RaiseRuleFired(sender, args);
    }

    public void RaiseActionFailed(object sender, ActionErrorEventArgs args)
    {
        ActionFailedEvent?.Invoke(sender, args);
        parent?.RaiseActionFailed(sender, args);
    }

    public void RaiseLhsExpressionFailed(object sender, LhsExpressionErrorEventArgs args)
    {
        LhsExpressionFailedEvent?.Invoke(sender, args);
        parent?.RaiseLhsExpressionFailed(sender, args);
    }
}
