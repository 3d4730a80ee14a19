using NRules;
using NRules.RuleModel;
using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Sessions;

/// <summary>Linked facts that rules inserted, updated or retracted, queued until they propagate.</summary>
internal sealed class LinkedFactSet(LinkedFactAction action) : ILinkedFactSet
{
    public LinkedFactAction Action { get; } = action;

    public List<Fact> FactList { get; } = [];

    public IEnumerable<IFact> Facts => FactList;

    public int FactCount => FactList.Count;
}
