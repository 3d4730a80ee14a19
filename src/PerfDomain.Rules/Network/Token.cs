using System.Runtime.CompilerServices;

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

        // A node produces at most one child per (parent, fact), so the pair identifies a token; roots are few.
        _hash = parent is null ? RuntimeHelpers.GetHashCode(this) : HashCode.Combine(parent._hash, fact?.Id ?? -1);
    }

    private readonly int _hash;

    public Token? Parent { get; }

    /// <summary>Gets the fact of this element, or <see langword="null"/> for elements that bind nothing (not, exists, having).</summary>
    public Fact? Fact { get; }

    /// <summary>Gets the element index; the root token is -1.</summary>
    public int Index { get; }

    public object? NodeState { get; set; }

    public static T Get<T>(Token? token, int index) =>
        token?.FactAt(index)?.Value is T value ? value : default!;

    public static T Cast<T>(object? value) => value is T typed ? typed : default!;

    /// <summary>Reference equality.</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>A hash computed once from the parent's and the fact's: cheaper than the runtime's first-time identity hash.</summary>
    public override int GetHashCode() => _hash;

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
