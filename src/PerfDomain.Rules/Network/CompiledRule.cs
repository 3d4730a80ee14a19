using PerfDomain.Rules.Compilation;

namespace PerfDomain.Rules.Network;

/// <summary>A rule compiled into the network: one branch per alternative of its <c>Or</c> groups.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int order)
{
    public RuleDefinition Definition { get; } = definition;

    /// <summary>Gets the rule's position in load order (the agenda's second tie-break).</summary>
    public int Order { get; } = order;

    public List<Branch> Branches { get; } = [];

    public override string ToString() => Definition.Name;
}
