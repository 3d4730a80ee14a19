namespace PerfDomain.Rules.Network;

/// <summary>A partial match: a chain of facts, one element per node of a rule branch.</summary>
/// <remarks>Owned by one session; consumed by exactly one node, which keeps its per-token state in <see cref="NodeState"/>.</remarks>
internal sealed class Token
{
    public Token(Token? parent, Fact? fact)
    {
        Parent = parent;
        Fact = fact;
        Index = parent is null ? -1 : parent.Index + 1;
    }

    public Token? Parent { get; }

    /// <summary>Gets the fact of this element, or <see langword="null"/> for elements that bind nothing (not, exists, having).</summary>
    public Fact? Fact { get; }

    /// <summary>Gets the element index; the root token is -1.</summary>
    public int Index { get; }

    public object? NodeState { get; set; }

    public static T Get<T>(Token? token, int index) =>
        token?.FactAt(index)?.Value is T value ? value : default!;

    public static T Cast<T>(object? value) => value is T typed ? typed : default!;

    public Fact? FactAt(int index)
    {
        var token = this;
        while (token.Index > index)
        {
            token = token.Parent!;
        }

        return token.Index == index ? token.Fact : null;
    }
}
