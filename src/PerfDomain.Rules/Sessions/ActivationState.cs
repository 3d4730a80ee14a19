using System.Runtime.InteropServices;
using NRules;
using NRules.RuleModel;
using PerfDomain.Rules.Network;

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
internal sealed class ActivationState(CompiledRule rule, ActivationKey? key, long id)
{
    /// <summary>Gets the key, or <see langword="null"/> for an activation of a branch with <see cref="Branch.UniqueKeys"/> (its key is the rule and its one fact).</summary>
    public ActivationKey? Key { get; } = key;

    public long Id { get; } = id;

    public CompiledRule CompiledRule { get; } = rule;

    private (Branch Branch, Token Token) _single;
    private List<(Branch Branch, Token Token)>? _supports;

    /// <summary>Gets the number of supporting complete matches, one per branch (and per permutation) that produces the key.</summary>
    public int SupportCount => _supports?.Count ?? (_single.Token is null ? 0 : 1);

    public ActivationStatus Status { get; set; } = ActivationStatus.New;


    public bool Touched { get; set; }

    /// <summary>Gets or sets a value indicating whether the activation is in the session's list of activations changed by the current operation.</summary>
    public bool Changed { get; set; }

    private long _recencySingle;
    private long[]? _recency;

    public bool InAgenda { get; set; }

    public long Sequence { get; set; }

    public SmallMap<object, Fact>? Linked { get; set; }

    /// <summary>Gets or sets the match as it was before its last support went away (for the deleted event).</summary>
    public Match? LastMatch { get; set; }

    public IRuleDefinition Rule => CompiledRule.Definition.Source;

    /// <summary>Gets or sets whether the activation has fired since it was created (NRules: <c>HasFired</c>).</summary>
    public bool HasFired { get; set; }

    /// <summary>Gets or sets what the next firing of this activation is (Created, Updated, or Removed for a deactivation).</summary>
    public MatchTrigger Trigger { get; set; } = MatchTrigger.Created;

    /// <summary>Gets or sets the match a deactivation fires with: the activation's last support, kept after it went away.</summary>
    public (Branch Branch, Token Token)? Frozen { get; set; }

    /// <summary>Gets or sets the support the activation had when its last one went away.</summary>
    public (Branch Branch, Token Token)? LastSupport { get; set; }

    /// <summary>Gets or sets the keys of the rule's <c>OnChange</c> filters when it last fired, and as last evaluated.</summary>
    public object?[]? ChangeKeys { get; set; }

    public object?[]? NewChangeKeys { get; set; }

    /// <summary>Gets the source that the facts this activation yields report.</summary>
    public ILinkedFactSource LinkedSource => _linkedSource ??= new LinkedSourceOf(this);

    private ILinkedFactSource? _linkedSource;

    public int RuleOrder => CompiledRule.Order;

    /// <summary>Tells whether a fact of the match was updated (or an aggregate result changed) in the given operation; needs a support.</summary>
    public bool AnyUpdatedIn(long op) => Key?.AnyUpdatedIn(op) ?? Chosen.Token.Fact!.UpdatedOp == op;

    public IMatch Match => CreateMatch();

    /// <summary>Gets the support whose bindings the actions see: the earliest alternative's.</summary>
    public (Branch Branch, Token Token) Chosen
    {
        get
        {
            // A deactivation fires after its last support went away: it sees the match as it was.
            if (SupportCount == 0 && Frozen is { } frozen)
            {
                return frozen;
            }

            if (_supports is null)
            {
                return _single;
            }

            var best = _supports[0];
            foreach (var support in _supports)
            {
                if (support.Branch.Index < best.Branch.Index)
                {
                    best = support;
                }
            }

            return best;
        }
    }

    /// <summary>Adds a supporting match (the first one is stored inline).</summary>
    public void AddSupport(Branch branch, Token token)
    {
        if (_supports is not null)
        {
            _supports.Add((branch, token));
        }
        else if (_single.Token is null)
        {
            _single = (branch, token);
        }
        else
        {
            _supports = [_single, (branch, token)];
            _single = default;
        }
    }

    /// <summary>Removes a supporting match, keeping the others in order.</summary>
    public void RemoveSupport(Token token)
    {
        if (_supports is not null)
        {
            _supports.RemoveAll(s => s.Token == token);
        }
        else if (_single.Token == token)
        {
            _single = default;
        }
    }

    public Match CreateMatch() => CreateMatch(Trigger);

    public Match CreateMatch(MatchTrigger trigger)
    {
        if (SupportCount == 0 && Frozen is null)
        {
            return new Match(Rule, [], trigger);
        }

        var (branch, token) = Chosen;
        var count = 0;
        foreach (var binding in branch.Bindings)
        {
            if (binding is { Source: not null })
            {
                count++;
            }
        }

        // Sized exactly: a rule that reads its match on every firing makes one per firing.
        var facts = new IFactMatch[count];
        count = 0;
        for (var i = 0; i < branch.Bindings.Length; i++)
        {
            if (branch.Bindings[i] is { Source: { } declaration })
            {
                facts[count++] = new FactMatch(declaration, token.FactAt(i));
            }
        }

        return new Match(Rule, facts, trigger);
    }

    /// <summary>Gets the recency vector computed by the last <see cref="ComputeRecency"/>.</summary>
    public ReadOnlySpan<long> RecencySpan => _recency ?? MemoryMarshal.CreateReadOnlySpan(ref _recencySingle, 1);

    /// <summary>Computes the recency vector of the chosen match: the insertion order of its facts, in element order (no allocation for one fact).</summary>
    public void ComputeRecency()
    {
        var (branch, token) = Chosen;
        var count = 0;
        long single = 0;
        for (var t = token; t.Index >= 0; t = t.Parent!)
        {
            if (branch.InKey[t.Index] && t.Fact is { } fact)
            {
                count++;
                single = fact.Seq;
            }
        }

        if (count == 1)
        {
            _recencySingle = single;
            _recency = null;
            return;
        }

        var recency = new long[count];
        for (var t = token; t.Index >= 0; t = t.Parent!)
        {
            if (branch.InKey[t.Index] && t.Fact is { } fact)
            {
                recency[--count] = fact.Seq;
            }
        }

        _recency = recency;
    }

    /// <summary>Reference equality.</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The sequential id: cheaper than the runtime's first-time identity hash.</summary>
    public override int GetHashCode() => (int)Id;

    public override string ToString() => CreateMatch().ToString();

    private sealed class LinkedSourceOf(ActivationState activation) : ILinkedFactSource
    {
        public FactSourceType SourceType => FactSourceType.Linked;

        public IEnumerable<IFact> Facts => activation.CreateMatch().FactList;

        public IRuleDefinition Rule => activation.Rule;
    }
}
