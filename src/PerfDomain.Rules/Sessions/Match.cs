using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>A snapshot of an activation's match.</summary>
internal sealed class Match(IRuleDefinition rule, IReadOnlyList<IFactMatch> facts) : IMatch
{
    public IRuleDefinition Rule { get; } = rule;

    public IReadOnlyList<IFactMatch> Facts { get; } = facts;

    public override string ToString() => $"{Rule.Name}({string.Join(", ", Facts)})";
}
