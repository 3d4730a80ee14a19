namespace PerfDomain.Rules.Network;

/// <summary>A hash-indexed equality condition <c>fact.X == alias.Y</c>: the fact's key and the partial match's key.</summary>
/// <remarks>
/// The keys as objects (<see cref="RightKey"/>, <see cref="LeftKey"/>, <see cref="Comparer"/>) serve diagnostics; a
/// session's memory of the join compares them as their own type (<see cref="EqualityJoin{TKey}"/>).
/// </remarks>
internal abstract class EqualityJoin(LhsValue rightKey, LhsValue leftKey, IEqualityComparer<object> comparer, string text)
{
    public LhsValue RightKey { get; } = rightKey;

    public LhsValue LeftKey { get; } = leftKey;

    public IEqualityComparer<object> Comparer { get; } = comparer;

    public string Text { get; } = text;

    /// <summary>Creates a session's memory of a node joining on this equality.</summary>
    public abstract JoinMemory CreateMemory();
}

/// <summary>An equality join whose keys are computed and compared as <typeparamref name="TKey"/>, unboxed.</summary>
/// <typeparam name="TKey">The type of both sides of the equality.</typeparam>
internal sealed class EqualityJoin<TKey>(
    LhsValue rightKey,
    LhsValue leftKey,
    IEqualityComparer<object> comparer,
    string text,
    LhsKey<TKey> typedRightKey,
    LhsKey<TKey> typedLeftKey,
    IEqualityComparer<TKey> typedComparer) : EqualityJoin(rightKey, leftKey, comparer, text)
    where TKey : notnull
{
    public override JoinMemory CreateMemory() => new JoinMemory<TKey>(typedLeftKey, typedRightKey, typedComparer);
}
