namespace PerfDomain.Rules.Network;

/// <summary>A join-like node's memory in one session: partial matches and facts, both bucketed by join key.</summary>
/// <remarks>
/// A session reset between batches (<see cref="Sessions.Session.Reset"/>) hands the memory's buckets and per-token and
/// per-fact states back to pools that the next batch takes them from: the objects are what a batch of similar facts needs
/// again, and allocating them anew for every slice of a large batch was a tenth of what it allocated. A state is only
/// pooled on reset, never on a retraction, when a queued aggregate or an activation may still read it.
/// </remarks>
internal sealed class JoinMemory(IEqualityComparer<object> comparer)
{
    private readonly Stack<Bucket<Token>> _tokenBuckets = new();
    private readonly Stack<Bucket<Fact>> _factBuckets = new();
    private readonly Stack<RightState> _rightStates = new();
    private readonly Stack<LeftState> _leftStates = new();

    public static readonly object NoKey = new();
    public static readonly object NullKey = new();

    public Dictionary<object, Bucket<Token>> Left { get; } = new(comparer);

    public Dictionary<object, Bucket<Fact>> RightBuckets { get; } = new(comparer);

    /// <summary>Gets the alpha memory: facts passing the alpha conditions, with their key and the tokens they match.</summary>
    public Dictionary<Fact, RightState> Right { get; } = [];

    public IEqualityComparer<object> Comparer { get; } = comparer;

    /// <summary>Forgets every partial match and fact, keeping the tables' capacity and pooling buckets and states.</summary>
    public void Clear()
    {
        foreach (var tokens in Left.Values)
        {
            foreach (var token in tokens)
            {
                if (token.NodeState is LeftState state)
                {
                    state.Clear();
                    _leftStates.Push(state);
                }
            }

            tokens.Clear();
            _tokenBuckets.Push(tokens);
        }

        foreach (var facts in RightBuckets.Values)
        {
            facts.Clear();
            _factBuckets.Push(facts);
        }

        foreach (var right in Right.Values)
        {
            right.Clear();
            _rightStates.Push(right);
        }

        Left.Clear();
        RightBuckets.Clear();
        Right.Clear();
    }

    /// <summary>Gets an empty state for a new partial match.</summary>
    public LeftState RentLeft(object key)
    {
        if (_leftStates.TryPop(out var state))
        {
            state.Key = key;
            return state;
        }

        return new LeftState(key);
    }

    /// <summary>Gets an empty state for a fact that passed the alpha conditions.</summary>
    public RightState RentRight(object key)
    {
        if (_rightStates.TryPop(out var state))
        {
            state.Key = key;
            return state;
        }

        return new RightState(key);
    }

    public void AddLeft(object key, Token token)
    {
        if (!Left.TryGetValue(key, out var set))
        {
            set = _tokenBuckets.TryPop(out var pooled) ? pooled : new Bucket<Token>();
            Left.Add(key, set);
        }

        set.Add(token);
    }

    public void RemoveLeft(object key, Token token)
    {
        if (Left.TryGetValue(key, out var set) && set.Remove(token) && set.Count == 0)
        {
            Left.Remove(key);
            _tokenBuckets.Push(set);
        }
    }

    public void AddRight(object key, Fact fact)
    {
        if (!RightBuckets.TryGetValue(key, out var set))
        {
            set = _factBuckets.TryPop(out var pooled) ? pooled : new Bucket<Fact>();
            RightBuckets.Add(key, set);
        }

        set.Add(fact);
    }

    public void RemoveRight(object key, Fact fact)
    {
        if (RightBuckets.TryGetValue(key, out var set) && set.Remove(fact) && set.Count == 0)
        {
            RightBuckets.Remove(key);
            _factBuckets.Push(set);
        }
    }
}

/// <summary>The memory of a root-fed join-like node: the root token and its state, whose matches are the alpha memory.</summary>
internal sealed class RootMemory
{
    private LeftState? _spare;

    public Token? Token { get; set; }

    public LeftState? State { get; set; }

    /// <summary>Gets a state for a new root token: the last one's, emptied, when the session was reset.</summary>
    public LeftState NewState()
    {
        var state = _spare ?? new LeftState(JoinMemory.NoKey);
        _spare = null;
        return state;
    }

    /// <summary>Forgets the root token, keeping its state's table (which holds every fact of the node's type) for the next.</summary>
    public void Clear()
    {
        if (State is { } state)
        {
            state.Clear();
            _spare = state;
        }

        (Token, State) = (null, null);
    }
}

/// <summary>Per-token state of a join-like node: its key and the facts it matches (for a join, with the child token).</summary>
internal sealed class LeftState(object key)
{
    public object Key { get; set; } = key;

    private SmallMap<Fact, Token?>? _matches;

    /// <summary>Gets the matched facts (allocated on first use: many partial matches of a join match no fact).</summary>
    public SmallMap<Fact, Token?> Matches => _matches ??= new();

    public int MatchCount => _matches?.Count ?? 0;

    public IEnumerable<Fact> MatchedFacts => _matches?.Keys ?? (IEnumerable<Fact>)[];

    public object? Extra { get; set; }

    public void Clear()
    {
        _matches?.Clear();
        Key = JoinMemory.NoKey;
        Extra = null;
    }
}

/// <summary>Per-fact state of a join-like node: its key and the tokens it matches.</summary>
internal sealed class RightState(object key) : Bucket<Token>
{
    public object Key { get; set; } = key;

    public Bucket<Token> Tokens => this;

    /// <summary>Empties the state for reuse, keeping its table of tokens.</summary>
    public new void Clear()
    {
        base.Clear();
        Key = JoinMemory.NoKey;
    }
}
