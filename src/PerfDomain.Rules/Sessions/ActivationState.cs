using PerfDomain.Rules.Network;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>The life-cycle state of an activation.</summary>
internal enum ActivationStatus
{
    New,
    Pending,
    Fired,
    Deleted,
}

/// <summary>An activation of a rule: its identity, the partial matches supporting it, and its place on the agenda.</summary>
internal sealed class ActivationState(ActivationKey key, long id) : IActivation
{
    public ActivationKey Key { get; } = key;

    public long Id { get; } = id;

    public CompiledRule CompiledRule => Key.Rule;

    /// <summary>Gets the supporting complete matches, one per branch (and per permutation) that produces the key.</summary>
    public List<(Branch Branch, Token Token)> Supports { get; } = [];

    public ActivationStatus Status { get; set; } = ActivationStatus.New;

    public bool Touched { get; set; }

    /// <summary>Gets or sets a value indicating whether the activation is in the session's list of activations changed by the current operation.</summary>
    public bool Changed { get; set; }

    /// <summary>Gets or sets the recency vector computed when the activation was last queued.</summary>
    public long[] RecencyVector { get; set; } = [];

    public bool InAgenda { get; set; }

    public long Sequence { get; set; }

    public Dictionary<object, Fact>? Linked { get; set; }

    /// <summary>Gets or sets the match as it was before its last support went away (for the deleted event).</summary>
    public Match? LastMatch { get; set; }

    public IRuleDefinition Rule => Key.Rule.Definition;

    public int RuleOrder => Key.Rule.Order;

    public IMatch Match => CreateMatch();

    /// <summary>Gets the support whose bindings the actions see: the earliest alternative's.</summary>
    public (Branch Branch, Token Token) Chosen
    {
        get
        {
            var best = Supports[0];
            foreach (var support in Supports)
            {
                if (support.Branch.Index < best.Branch.Index)
                {
                    best = support;
                }
            }

            return best;
        }
    }

    public Match CreateMatch()
    {
        if (Supports.Count == 0)
        {
            return new Match(Rule, []);
        }

        var (branch, token) = Chosen;
        var facts = new List<IFactMatch>();
        for (var i = 0; i < branch.Bindings.Length; i++)
        {
            if (branch.Bindings[i] is { } declaration)
            {
                facts.Add(new FactMatch(declaration, token.FactAt(i)?.Value));
            }
        }

        return new Match(Rule, facts);
    }

    /// <summary>Gets the recency vector of the chosen match: the insertion order of its facts, in element order.</summary>
    public long[] Recency()
    {
        var (branch, token) = Chosen;
        var recency = new List<long>();
        for (var i = 0; i < branch.InKey.Length; i++)
        {
            if (branch.InKey[i] && token.FactAt(i) is { } fact)
            {
                recency.Add(fact.Seq);
            }
        }

        return recency.ToArray();
    }

    public override string ToString() => CreateMatch().ToString();
}
