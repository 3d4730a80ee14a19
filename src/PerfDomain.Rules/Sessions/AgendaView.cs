using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>A session's agenda as NRules exposes it.</summary>
internal sealed class AgendaView(Session session) : IAgenda
{
    public bool IsEmpty => session.AgendaCount == 0;

    public IMatch Peek() => session.PeekAgenda();

    public void Clear() => session.ClearAgenda();

    // NRules' Activation, which IAgendaFilter receives, has no public constructor: filters go in the rule instead.
    public void AddFilter(IAgendaFilter filter) => throw FiltersUnsupported();

    public void AddFilter(IRuleDefinition rule, IAgendaFilter filter) => throw FiltersUnsupported();

    private static NotSupportedException FiltersUnsupported() =>
        new("PerfDomain.Rules cannot call an IAgendaFilter: NRules' Activation, which it receives, has no public constructor. "
            + "Write the filter in the rule (Filter().Where(...) or Filter().OnChange(...)), or compile with NRules' runtime.");
}
