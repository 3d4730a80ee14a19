using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>A snapshot of an activation's facts, as NRules reports matches in events and contexts.</summary>
internal sealed class Match(IRuleDefinition rule, IReadOnlyList<IFactMatch> facts, MatchTrigger trigger) : IMatch
{
    public IRuleDefinition Rule { get; } = rule;

    public IEnumerable<IFactMatch> Facts => FactList;

    public IReadOnlyList<IFactMatch> FactList { get; } = facts;

    public MatchTrigger Trigger { get; } = trigger;

    public override string ToString() => $"{Rule.Name}({string.Join(", ", FactList)})";
}
