using PerfDomain.Rules.Compilation;

namespace PerfDomain.Rules.Network;

/// <summary>One conjunctive alternative of a rule: a chain of nodes ending in a terminal.</summary>
internal sealed class Branch(CompiledRule rule, int index, IReadOnlyList<RuleElement> elements)
{
    public CompiledRule Rule { get; } = rule;

    public int Index { get; } = index;

    public IReadOnlyList<RuleElement> Elements { get; } = elements;

    public List<BetaNode> Nodes { get; } = [];

    public TerminalNode Terminal { get; set; } = null!;

    /// <summary>Gets, for each element index, the declaration it binds (or <see langword="null"/>).</summary>
    public Declaration?[] Bindings { get; set; } = [];

    /// <summary>Gets, for each element index, whether its fact is part of the activation's identity.</summary>
    public bool[] InKey { get; set; } = [];

    public List<CompiledAction> Actions { get; } = [];

    /// <summary>Gets the rule's agenda filters bound to this alternative's tokens.</summary>
    public List<(NRules.RuleModel.FilterType Kind, LhsValue Value)> Filters { get; } = [];

    /// <summary>
    /// Gets a value indicating whether each complete match of this branch has its own activation key: the rule's only
    /// branch, one pattern fed by the root (one match per fact). Its activations need no lookup by key.
    /// </summary>
    public bool UniqueKeys => Rule.Branches.Count == 1 && Nodes.Count == 1 && Nodes[0] is JoinNode;
}
