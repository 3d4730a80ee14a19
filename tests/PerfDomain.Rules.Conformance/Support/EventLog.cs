using NRules.Diagnostics;
using NRules.RuleModel;

namespace PerfDomain.Rules.Conformance.Support;

/// <summary>Records agenda and working-memory events as "Event:detail" strings.</summary>
public sealed class EventLog
{
    private readonly List<string> _entries = [];

    public EventLog(IEventProvider events)
    {
        events.ActivationCreatedEvent += (_, e) => Agenda("ActivationCreated", e);
        events.ActivationUpdatedEvent += (_, e) => Agenda("ActivationUpdated", e);
        events.ActivationDeletedEvent += (_, e) => Agenda("ActivationDeleted", e);
        events.RuleFiringEvent += (_, e) => Agenda("RuleFiring", e);
        events.RuleFiredEvent += (_, e) => Agenda("RuleFired", e);
        events.FactInsertingEvent += (_, e) => Fact("FactInserting", e);
        events.FactInsertedEvent += (_, e) => Fact("FactInserted", e);
        events.FactUpdatingEvent += (_, e) => Fact("FactUpdating", e);
        events.FactUpdatedEvent += (_, e) => Fact("FactUpdated", e);
        events.FactRetractingEvent += (_, e) => Fact("FactRetracting", e);
        events.FactRetractedEvent += (_, e) => Fact("FactRetracted", e);
    }

    public IReadOnlyList<string> Entries => _entries;

    /// <summary>Also records the match's trigger, as "ActivationCreated:Rule:facts:Trigger".</summary>
    public bool WithTrigger { get; set; }

    private void Agenda(string name, AgendaEventArgs e)
    {
        var entry = name + ":" + e.Rule.Name + ":" + string.Join(",", e.Facts.Select(f => f.Value));
        _entries.Add(WithTrigger ? entry + ":" + e.Match.Trigger : entry);
    }

    private void Fact(string name, WorkingMemoryEventArgs e) => _entries.Add(name + ":" + e.Fact.Value);

    public static string Describe(IMatch match) => match.Rule.Name + ":" + string.Join(",", match.Facts.Select(f => f.Value));
}
