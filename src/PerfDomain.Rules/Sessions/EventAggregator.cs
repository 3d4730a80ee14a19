using NRules.Diagnostics;
using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>NRules' events of a session, forwarded to its factory's aggregator; arguments are built only when someone listens.</summary>
internal sealed class EventAggregator(EventAggregator? parent) : IEventProvider
{
    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<LhsExpressionEventArgs>? LhsExpressionEvaluatedEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    public event EventHandler<AgendaExpressionEventArgs>? AgendaExpressionEvaluatedEvent;

    public event EventHandler<AgendaExpressionErrorEventArgs>? AgendaExpressionFailedEvent;

    public event EventHandler<RhsExpressionEventArgs>? RhsExpressionEvaluatedEvent;

    public event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    public bool HasFactHandlers =>
        FactInsertingEvent is not null || FactInsertedEvent is not null || FactUpdatingEvent is not null
        || FactUpdatedEvent is not null || FactRetractingEvent is not null || FactRetractedEvent is not null
        || (parent?.HasFactHandlers ?? false);

    public bool HasAgendaHandlers =>
        ActivationCreatedEvent is not null || ActivationUpdatedEvent is not null || ActivationDeletedEvent is not null
        || RuleFiringEvent is not null || RuleFiredEvent is not null || (parent?.HasAgendaHandlers ?? false);

    public bool HasLhsEvaluatedHandlers => LhsExpressionEvaluatedEvent is not null || (parent?.HasLhsEvaluatedHandlers ?? false);

    public bool HasRhsEvaluatedHandlers => RhsExpressionEvaluatedEvent is not null || (parent?.HasRhsEvaluatedHandlers ?? false);

    public bool HasAgendaExpressionHandlers => AgendaExpressionEvaluatedEvent is not null || (parent?.HasAgendaExpressionHandlers ?? false);

    public void RaiseFact(object sender, FactOperation operation, bool after, IFact fact)
    {
        var args = new WorkingMemoryEventArgs(fact);
        For(operation, after)?.Invoke(sender, args);
        parent?.RaiseFactWith(sender, operation, after, args);
    }

    public void RaiseActivationCreated(object sender, AgendaEventArgs args) => Raise(sender, args, a => a.ActivationCreatedEvent);

    public void RaiseActivationUpdated(object sender, AgendaEventArgs args) => Raise(sender, args, a => a.ActivationUpdatedEvent);

    public void RaiseActivationDeleted(object sender, AgendaEventArgs args) => Raise(sender, args, a => a.ActivationDeletedEvent);

    public void RaiseRuleFiring(object sender, AgendaEventArgs args) => Raise(sender, args, a => a.RuleFiringEvent);

    public void RaiseRuleFired(object sender, AgendaEventArgs args) => Raise(sender, args, a => a.RuleFiredEvent);

    public void RaiseLhsEvaluated(object sender, LhsExpressionEventArgs args) => Raise(sender, args, a => a.LhsExpressionEvaluatedEvent);

    public void RaiseLhsFailed(object sender, LhsExpressionErrorEventArgs args) => Raise(sender, args, a => a.LhsExpressionFailedEvent);

    public void RaiseAgendaEvaluated(object sender, AgendaExpressionEventArgs args) => Raise(sender, args, a => a.AgendaExpressionEvaluatedEvent);

    public void RaiseAgendaFailed(object sender, AgendaExpressionErrorEventArgs args) => Raise(sender, args, a => a.AgendaExpressionFailedEvent);

    public void RaiseRhsEvaluated(object sender, RhsExpressionEventArgs args) => Raise(sender, args, a => a.RhsExpressionEvaluatedEvent);

    public void RaiseRhsFailed(object sender, RhsExpressionErrorEventArgs args) => Raise(sender, args, a => a.RhsExpressionFailedEvent);

    private void RaiseFactWith(object sender, FactOperation operation, bool after, WorkingMemoryEventArgs args)
    {
        For(operation, after)?.Invoke(sender, args);
        parent?.RaiseFactWith(sender, operation, after, args);
    }

    private EventHandler<WorkingMemoryEventArgs>? For(FactOperation operation, bool after) => (operation, after) switch
    {
        (FactOperation.Insert, false) => FactInsertingEvent,
        (FactOperation.Insert, true) => FactInsertedEvent,
        (FactOperation.Update, false) => FactUpdatingEvent,
        (FactOperation.Update, true) => FactUpdatedEvent,
        (FactOperation.Retract, false) => FactRetractingEvent,
        _ => FactRetractedEvent,
    };

    private void Raise<TArgs>(object sender, TArgs args, Func<EventAggregator, EventHandler<TArgs>?> handler)
    {
        handler(this)?.Invoke(sender, args);
        parent?.Raise(sender, args, handler);
    }
}
