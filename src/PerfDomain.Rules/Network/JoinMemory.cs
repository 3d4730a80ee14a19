namespace PerfDomain.Rules.Network;

/// <summary>A join-like node's memory in one session: partial matches and facts, both bucketed by join key.</summary>
/// <remarks>
/// A session reset between batches (<see cref="Sessions.Session.Reset"/>) hands the memory's buckets and per-token and
/// per-fact states back to pools that the next batch takes them from: the objects are what a batch of similar facts needs
/// again, and allocating them anew for every slice of a large batch was a tenth of what it allocated. A state is only
/// pooled on reset, never on a retraction, when a queued aggregate or an activation may still read it.
/// </remarks>
internal abstract class JoinMemory
{
    /// <summary>Stands for a null key where keys are objects (aggregate groups, diagnostics).</summary>
    public static readonly object NullKey = new();

    private readonly Stack<RightState> _rightStates = new();
    private readonly Stack<LeftState> _leftStates = new();
    private readonly Stack<IReusableState> _extras = new();

    /// <summary>Gets the alpha memory: facts passing the alpha conditions, with their bucket and the tokens they match.</summary>
    public Dictionary<Fact, RightState> Right { get; } = [];

    /// <summary>Gets an empty state for a new partial match.</summary>
    public LeftState RentLeft() => _leftStates.TryPop(out var state) ? state : new LeftState();

    /// <summary>Gets an empty state for a fact that passed the alpha conditions.</summary>
    public RightState RentRight() => _rightStates.TryPop(out var state) ? state : new RightState();

    /// <summary>Gets an empty extra state of a partial match (an aggregate's): one a reset handed back, or a new one.</summary>
    public T RentExtra<T>()
        where T : class, IReusableState, new() =>
        _extras.TryPop(out var extra) ? (T)extra : new T();

    /// <summary>Computes a partial match's key and files it (a key that failed to compute files it nowhere).</summary>
    public abstract void AddLeft(Sessions.Session session, Token token, LeftState state);

    /// <summary>Recomputes a partial match's key and moves it if the key changed.</summary>
    public abstract void RekeyLeft(Sessions.Session session, Token token, LeftState state);

    public abstract void RemoveLeft(Token token, LeftState state);

    /// <summary>Gets the facts whose key equals the partial match's, if any.</summary>
    public abstract Bucket<Fact>? FactsFor(LeftState state);

    /// <summary>Computes a fact's key and files it (a key that failed to compute files it nowhere).</summary>
    public abstract void AddRight(Sessions.Session session, Fact fact, RightState state);

    /// <summary>Recomputes a fact's key and moves it if the key changed.</summary>
    public abstract void RekeyRight(Sessions.Session session, Fact fact, RightState state);

    public abstract void RemoveRight(Fact fact, RightState state);

    /// <summary>Gets the partial matches whose key equals the fact's, if any.</summary>
    public abstract Bucket<Token>? TokensFor(RightState state);

    /// <summary>Forgets every partial match and fact, keeping the tables' capacity and pooling buckets and states.</summary>
    public void Clear()
    {
        foreach (var right in Right.Values)
        {
            right.Clear();
            _rightStates.Push(right);
        }

        Right.Clear();
        ClearBuckets();
    }

    /// <summary>Hands a state of a partial match being forgotten back to the pool.</summary>
    protected void Pool(LeftState state)
    {
        if (state.Extra is IReusableState extra)
        {
            extra.Clear();
            _extras.Push(extra);
        }

        state.Clear();
        _leftStates.Push(state);
    }

    /// <summary>Empties the buckets, pooling them and the states of the partial matches they held.</summary>
    protected abstract void ClearBuckets();
}

/// <summary>A join memory keyed by <typeparamref name="TKey"/>, computed and compared unboxed.</summary>
/// <typeparam name="TKey">The key type; a node that joins on no equality uses one constant key.</typeparam>
internal sealed class JoinMemory<TKey>(LhsKey<TKey>? leftKey, LhsKey<TKey>? rightKey, IEqualityComparer<TKey> comparer) : JoinMemory
    where TKey : notnull
{
    private readonly Side<Token> _left = new(leftKey, comparer);
    private readonly Side<Fact> _right = new(rightKey, comparer);

    public override void AddLeft(Sessions.Session session, Token token, LeftState state) =>
        state.Home = _left.File(session, token, null, token);

    public override void RekeyLeft(Sessions.Session session, Token token, LeftState state) =>
        state.Home = _left.Refile(session, token, null, token, state.Home);

    public override void RemoveLeft(Token token, LeftState state) => state.Home = _left.Unfile(state.Home, token);

    public override Bucket<Fact>? FactsFor(LeftState state) => _right.Partner(state.Home);

    public override void AddRight(Sessions.Session session, Fact fact, RightState state) =>
        state.Home = _right.File(session, null, fact.Value, fact);

    public override void RekeyRight(Sessions.Session session, Fact fact, RightState state) =>
        state.Home = _right.Refile(session, null, fact.Value, fact, state.Home);

    public override void RemoveRight(Fact fact, RightState state) => state.Home = _right.Unfile(state.Home, fact);

    public override Bucket<Token>? TokensFor(RightState state) => _left.Partner(state.Home);

    protected override void ClearBuckets()
    {
        foreach (var tokens in _left.Buckets)
        {
            foreach (var token in tokens)
            {
                if (token.NodeState is LeftState state)
                {
                    Pool(state);
                }
            }
        }

        _left.Clear();
        _right.Clear();
    }

    /// <summary>One side of the join: its items filed in buckets by key.</summary>
    private sealed class Side<T>(LhsKey<TKey>? key, IEqualityComparer<TKey> comparer)
        where T : class
    {
        private readonly Dictionary<TKey, KeyedBucket<TKey, T>> _buckets = new(comparer);
        private readonly Stack<KeyedBucket<TKey, T>> _pool = new();

        // Null keys equal each other (null == null in C#) but cannot key a dictionary: they have a bucket of their own.
        private KeyedBucket<TKey, T>? _null;

        public IEnumerable<KeyedBucket<TKey, T>> Buckets => _null is null ? _buckets.Values : _buckets.Values.Append(_null);

        /// <summary>Computes an item's key and files it; returns its bucket, or null when the key failed to compute.</summary>
        public KeyedBucket<TKey, T>? File(Sessions.Session session, Token? token, object? value, T item) =>
            Compute(session, token, value, out var computed) ? File(computed, item) : null;

        /// <summary>Recomputes an item's key and moves it if the key changed; returns its bucket.</summary>
        public KeyedBucket<TKey, T>? Refile(Sessions.Session session, Token? token, object? value, T item, object? home)
        {
            var computed = Compute(session, token, value, out var key);
            if (computed && home is KeyedBucket<TKey, T> bucket && (key is null ? bucket.IsNull : !bucket.IsNull && comparer.Equals(bucket.Key, key)))
            {
                return bucket;
            }

            Unfile(home, item);
            return computed ? File(key!, item) : null;
        }

        /// <summary>Takes an item out of its bucket, pooling the bucket if it empties; returns no bucket.</summary>
        public KeyedBucket<TKey, T>? Unfile(object? home, T item)
        {
            if (home is not KeyedBucket<TKey, T> bucket || !bucket.Remove(item) || bucket.Count > 0)
            {
                return null;
            }

            if (bucket.IsNull)
            {
                _null = null;
            }
            else
            {
                _buckets.Remove(bucket.Key);
            }

            // Emptied by removals, its hash set would hand out freed slots first: cleared, it enumerates in insertion
            // order as a new one does (the order of matches decides the order of the agenda).
            bucket.Clear();
            _pool.Push(bucket);
            return null;
        }

        /// <summary>Gets this side's bucket of the key of the other side's bucket.</summary>
        public Bucket<T>? Partner(object? home) => home switch
        {
            KeyedBucket<TKey, Fact> { IsNull: true } or KeyedBucket<TKey, Token> { IsNull: true } => _null,
            KeyedBucket<TKey, Fact> fact => _buckets.GetValueOrDefault(fact.Key),
            KeyedBucket<TKey, Token> token => _buckets.GetValueOrDefault(token.Key),
            _ => null,
        };

        public void Clear()
        {
            foreach (var bucket in Buckets)
            {
                bucket.Clear();
                _pool.Push(bucket);
            }

            _buckets.Clear();
            _null = null;
        }

        private bool Compute(Sessions.Session session, Token? token, object? value, out TKey computed)
        {
            if (key is null)
            {
                computed = default!;
                return true;
            }

            return session.TryKey(key, token, value, out computed);
        }

        private KeyedBucket<TKey, T> File(TKey computed, T item)
        {
            KeyedBucket<TKey, T>? bucket;
            if (computed is null)
            {
                bucket = _null ??= Rent(default!, isNull: true);
            }
            else if (!_buckets.TryGetValue(computed, out bucket))
            {
                bucket = Rent(computed, isNull: false);
                _buckets.Add(computed, bucket);
            }

            bucket.Add(item);
            return bucket;
        }

        private KeyedBucket<TKey, T> Rent(TKey computed, bool isNull)
        {
            var bucket = _pool.TryPop(out var pooled) ? pooled : new KeyedBucket<TKey, T>();
            (bucket.Key, bucket.IsNull) = (computed, isNull);
            return bucket;
        }
    }
}

/// <summary>A bucket that knows its key, so that a state holding its bucket needs no key of its own.</summary>
internal sealed class KeyedBucket<TKey, T> : Bucket<T>
    where T : class
{
    public TKey Key { get; set; } = default!;

    public bool IsNull { get; set; }
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
        var state = _spare ?? new LeftState();
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

/// <summary>Per-token state of a join-like node: the bucket it is filed in and the facts it matches (for a join, with the child token).</summary>
internal sealed class LeftState
{
    private SmallMap<Fact, Token?>? _matches;

    /// <summary>Gets or sets the bucket of the memory the token is filed in (none when its key failed to compute).</summary>
    public object? Home { get; set; }

    /// <summary>Gets the matched facts (allocated on first use: many partial matches of a join match no fact).</summary>
    public SmallMap<Fact, Token?> Matches => _matches ??= new();

    public int MatchCount => _matches?.Count ?? 0;

    public IEnumerable<Fact> MatchedFacts => _matches?.Keys ?? (IEnumerable<Fact>)[];

    public object? Extra { get; set; }

    public void Clear()
    {
        _matches?.Clear();
        Home = null;
        Extra = null;
    }
}

/// <summary>Per-fact state of a join-like node: the bucket it is filed in and the tokens it matches.</summary>
internal sealed class RightState : Bucket<Token>
{
    /// <summary>Gets or sets the bucket of the memory the fact is filed in (none when its key failed to compute).</summary>
    public object? Home { get; set; }

    public Bucket<Token> Tokens => this;

    /// <summary>Empties the state for reuse, keeping its table of tokens.</summary>
    public new void Clear()
    {
        base.Clear();
        Home = null;
    }
}
