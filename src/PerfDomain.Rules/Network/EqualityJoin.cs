namespace PerfDomain.Rules.Network;

/// <summary>A hash-indexed equality condition <c>fact.X == alias.Y</c>: the fact's key and the partial match's key.</summary>
internal sealed class EqualityJoin(LhsValue rightKey, LhsValue leftKey, IEqualityComparer<object> comparer, string text)
{
    public LhsValue RightKey { get; } = rightKey;

    public LhsValue LeftKey { get; } = leftKey;

    public IEqualityComparer<object> Comparer { get; } = comparer;

    public string Text { get; } = text;
}
