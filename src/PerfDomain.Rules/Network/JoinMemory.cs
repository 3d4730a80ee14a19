namespace PerfDomain.Rules.Network;

/// <summary>A join-like node's memory in one session: partial matches and facts, both bucketed by join key.</summary>
internal sealed class JoinMemory(IEqualityComparer<object> comparer)
{
    public static readonly object NoKey = new();
    public static readonly object NullKey = new();

    public Dictionary<object, Bucket<Token>> Left { get; } = new(comparer);

    public Dictionary<object, Bucket<Fact>> RightBuckets { get; } = new(comparer);

    /// <summary>Gets the alpha memory: facts passing the alpha conditions, with their key and the tokens they match.</summary>
    public Dictionary<Fact, RightState> Right { get; } = [];

    public IEqualityComparer<object> Comparer { get; } = comparer;

    /// <summary>Forgets every partial match and fact, keeping the tables' capacity.</summary>
    public void Clear()
    {
        Left.Clear();
        RightBuckets.Clear();
        Right.Clear();
    }

    public void AddLeft(object key, Token token)
    {
        if (!Left.TryGetValue(key, out var set))
        {
            set = new Bucket<Token>();
            Left.Add(key, set);
        }

        set.Add(token);
    }

    public void RemoveLeft(object key, Token token)
    {
        if (Left.TryGetValue(key, out var set) && set.Remove(token) && set.Count == 0)
        {
            Left.Remove(key);
        }
    }

    public void AddRight(object key, Fact fact)
    {
        if (!RightBuckets.TryGetValue(key, out var set))
        {
            set = new Bucket<Fact>();
            RightBuckets.Add(key, set);
        }

        set.Add(fact);
    }

    public void RemoveRight(object key, Fact fact)
    {
        if (RightBuckets.TryGetValue(key, out var set) && set.Remove(fact) && set.Count == 0)
        {
            RightBuckets.Remove(key);
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
}
