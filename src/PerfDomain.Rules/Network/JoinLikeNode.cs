using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary>
/// A two-input node: partial matches from the left, facts of <see cref="FactType"/> from the right. Keeps the
/// alpha memory (facts passing the alpha conditions) and the match relation between tokens and facts, with both
/// sides bucketed by the equality join's key when there is one.
/// </summary>
internal abstract class JoinLikeNode(
    int id,
    Branch branch,
    int index,
    Type factType,
    LhsPredicate[] alphaConditions,
    EqualityJoin? join,
    LhsPredicate[] joinConditions) : BetaNode(id, branch, index), IRightInput
{
    public Type FactType { get; } = factType;

    public LhsPredicate[] AlphaConditions { get; } = alphaConditions;

    public EqualityJoin? Join { get; } = join;

    public LhsPredicate[] JoinConditions { get; } = joinConditions;

    /// <summary>
    /// Gets a value indicating whether the node's only left input is the branch's root token and every fact passing the
    /// alpha conditions matches it (first element, no join): then the root's match relation is the whole memory (no
    /// alpha-memory entry, key bucket or per-fact token set).
    /// </summary>
    private bool RootFed { get; } = index == 0 && join is null && joinConditions.Length == 0;

    public override object CreateMemory() =>
        RootFed ? new RootMemory() : Join?.CreateMemory() ?? new JoinMemory<byte>(null, null, EqualityComparer<byte>.Default);

    public override void LeftAssert(Session session, Token token)
    {
        if (RootFed)
        {
            var root = session.Memory<RootMemory>(this);
            if (root.Token is not null)
            {
                throw new InvalidOperationException("A root-fed node receives one partial match.");
            }

            root.Token = token;
            root.State = root.NewState();
            token.NodeState = root.State;
            OnLeftAssert(session, token, root.State);
            return;
        }

        var memory = session.Memory<JoinMemory>(this);
        var state = memory.RentLeft();
        memory.AddLeft(session, token, state);
        token.NodeState = state;
        if (memory.FactsFor(state) is { } facts)
        {
            foreach (var fact in facts)
            {
                if (PassesJoin(session, token, fact))
                {
                    state.Matches.Add(fact, null);
                    memory.Right[fact].Tokens.Add(token);
                }
            }
        }

        OnLeftAssert(session, token, state);
    }

    public override void LeftModify(Session session, Token token)
    {
        if (RootFed)
        {
            var rootState = (LeftState)token.NodeState!;
            var all = rootState.MatchedFacts.ToList();
            OnLeftModify(session, token, rootState, [], all, []);
            return;
        }

        var memory = session.Memory<JoinMemory>(this);
        var state = (LeftState)token.NodeState!;
        memory.RekeyLeft(session, token, state);
        var now = new HashSet<Fact>();
        if (memory.FactsFor(state) is { } facts)
        {
            foreach (var fact in facts)
            {
                if (PassesJoin(session, token, fact))
                {
                    now.Add(fact);
                }
            }
        }

        var removed = new List<(Fact Fact, Token? Child)>();
        var kept = new List<Fact>();
        if (state.MatchCount > 0)
        {
            foreach (var (fact, child) in state.Matches)
            {
                if (now.Remove(fact))
                {
                    kept.Add(fact);
                }
                else
                {
                    removed.Add((fact, child));
                }
            }
        }

        foreach (var (fact, _) in removed)
        {
            state.Matches.Remove(fact);
            memory.Right[fact].Tokens.Remove(token);
        }

        foreach (var fact in now)
        {
            state.Matches.Add(fact, null);
            memory.Right[fact].Tokens.Add(token);
        }

        OnLeftModify(session, token, state, removed, kept, now);
    }

    public override void LeftRetract(Session session, Token token)
    {
        if (RootFed)
        {
            var root = session.Memory<RootMemory>(this);
            OnLeftRetract(session, token, root.State!);
            token.NodeState = null;
            root.Token = null;
            root.State = null;
            return;
        }

        var memory = session.Memory<JoinMemory>(this);
        var state = (LeftState)token.NodeState!;
        memory.RemoveLeft(token, state);
        foreach (var fact in state.MatchedFacts)
        {
            memory.Right[fact].Tokens.Remove(token);
        }

        OnLeftRetract(session, token, state);
        token.NodeState = null;
    }

    public void RightAssert(Session session, Fact fact)
    {
        if (!PassesAlpha(session, fact))
        {
            return;
        }

        if (RootFed)
        {
            var root = session.Memory<RootMemory>(this);
            if (root.Token is { } rootToken)
            {
                root.State!.Matches.Add(fact, null);
                OnMatchAdded(session, rootToken, root.State, fact);
            }

            return;
        }

        var memory = session.Memory<JoinMemory>(this);
        var right = memory.RentRight();
        memory.AddRight(session, fact, right);
        memory.Right.Add(fact, right);
        if (memory.TokensFor(right) is { } tokens)
        {
            foreach (var token in tokens)
            {
                if (PassesJoin(session, token, fact))
                {
                    var state = (LeftState)token.NodeState!;
                    state.Matches.Add(fact, null);
                    right.Tokens.Add(token);
                    OnMatchAdded(session, token, state, fact);
                }
            }
        }
    }

    public void RightModify(Session session, Fact fact)
    {
        if (RootFed)
        {
            var root = session.Memory<RootMemory>(this);
            if (root.Token is not { } rootToken)
            {
                return;
            }

            var matched = root.State!.MatchCount > 0 && root.State.Matches.ContainsKey(fact);
            var passes = PassesAlpha(session, fact);
            if (matched && passes)
            {
                OnMatchModified(session, rootToken, root.State, fact);
            }
            else if (matched)
            {
                root.State.Matches.Remove(fact, out var child);
                OnMatchRemoved(session, rootToken, root.State, fact, child);
            }
            else if (passes)
            {
                root.State.Matches.Add(fact, null);
                OnMatchAdded(session, rootToken, root.State, fact);
            }

            return;
        }

        var memory = session.Memory<JoinMemory>(this);
        var was = memory.Right.TryGetValue(fact, out var right);
        var now = PassesAlpha(session, fact);
        if (!was)
        {
            if (now)
            {
                RightAssert(session, fact);
            }

            return;
        }

        if (!now)
        {
            RightRetract(session, fact);
            return;
        }

        memory.RekeyRight(session, fact, right!);
        var matching = new HashSet<Token>();
        if (memory.TokensFor(right!) is { } tokens)
        {
            foreach (var token in tokens)
            {
                if (PassesJoin(session, token, fact))
                {
                    matching.Add(token);
                }
            }
        }

        foreach (var token in right!.Tokens.ToArray())
        {
            var state = (LeftState)token.NodeState!;
            if (matching.Remove(token))
            {
                OnMatchModified(session, token, state, fact);
            }
            else
            {
                right.Tokens.Remove(token);
                state.Matches.Remove(fact, out var child);
                OnMatchRemoved(session, token, state, fact, child);
            }
        }

        foreach (var token in matching)
        {
            var state = (LeftState)token.NodeState!;
            state.Matches.Add(fact, null);
            right.Tokens.Add(token);
            OnMatchAdded(session, token, state, fact);
        }
    }

    public void RightRetract(Session session, Fact fact)
    {
        if (RootFed)
        {
            var root = session.Memory<RootMemory>(this);
            if (root.Token is { } rootToken && root.State!.MatchCount > 0 && root.State.Matches.Remove(fact, out var child))
            {
                OnMatchRemoved(session, rootToken, root.State, fact, child);
            }

            return;
        }

        var memory = session.Memory<JoinMemory>(this);
        if (!memory.Right.Remove(fact, out var right))
        {
            return;
        }

        memory.RemoveRight(fact, right);
        foreach (var token in right.Tokens)
        {
            var state = (LeftState)token.NodeState!;
            state.Matches.Remove(fact, out var child);
            OnMatchRemoved(session, token, state, fact, child);
        }
    }

    public bool PassesAlpha(Session session, Fact fact)
    {
        foreach (var condition in AlphaConditions)
        {
            if (!session.Test(condition, null, fact.Value))
            {
                return false;
            }
        }

        return true;
    }

    protected abstract void OnLeftAssert(Session session, Token token, LeftState state);

    protected abstract void OnLeftModify(Session session, Token token, LeftState state, List<(Fact Fact, Token? Child)> removed, List<Fact> kept, HashSet<Fact> added);

    protected abstract void OnLeftRetract(Session session, Token token, LeftState state);

    protected abstract void OnMatchAdded(Session session, Token token, LeftState state, Fact fact);

    protected abstract void OnMatchRemoved(Session session, Token token, LeftState state, Fact fact, Token? child);

    protected abstract void OnMatchModified(Session session, Token token, LeftState state, Fact fact);

    private bool PassesJoin(Session session, Token token, Fact fact)
    {
        foreach (var condition in JoinConditions)
        {
            if (!session.Test(condition, token, fact.Value))
            {
                return false;
            }
        }

        return true;
    }
}
