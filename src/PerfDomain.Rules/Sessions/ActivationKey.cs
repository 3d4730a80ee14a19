using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Sessions;

/// <summary>
/// An activation's identity: the rule and the set of (alias name, fact) pairs of its match, where anonymous
/// patterns contribute an empty name. Two alternatives of an <c>Or</c> that match the same facts under the
/// same aliases therefore share one activation.
/// </summary>
/// <remarks>A key of one pair (the common case) stores it inline.</remarks>
internal sealed class ActivationKey : IEquatable<ActivationKey>
{
    private static readonly (string Name, Fact Fact)[] None = [];

    private readonly (string Name, Fact Fact)[]? _entries;
    private readonly string? _singleName;
    private readonly Fact? _singleFact;
    private readonly int _hash;

    private readonly int _alternative;

    /// <param name="rule">The rule.</param>
    /// <param name="branch">The alternative the token belongs to.</param>
    /// <param name="token">The token.</param>
    /// <param name="perAlternative">Whether each alternative of an <c>Or</c> keeps activations of its own (NRules), or alternatives matching the same facts share one.</param>
    public ActivationKey(CompiledRule rule, Branch branch, Token token, bool perAlternative)
    {
        Rule = rule;
        _alternative = perAlternative ? branch.Index : -1;
        var count = 0;
        for (var t = token; t.Index >= 0; t = t.Parent!)
        {
            if (branch.InKey[t.Index] && t.Fact is not null)
            {
                count++;
                var declaration = branch.Bindings[t.Index]!;
                _singleName = declaration.IsAnonymous ? string.Empty : declaration.Name;
                _singleFact = t.Fact;
            }
        }

        var hash = HashCode.Combine(rule.Order, _alternative);
        if (count == 1)
        {
            _hash = HashCode.Combine(hash, _singleName!.Length, _singleFact!.Id);
            return;
        }

        _singleName = null;
        _singleFact = null;
        (string Name, Fact Fact)[] entries = count == 0 ? None : new (string, Fact)[count];
        var i = count;
        for (var t = token; t.Index >= 0; t = t.Parent!)
        {
            if (branch.InKey[t.Index] && t.Fact is not null)
            {
                var declaration = branch.Bindings[t.Index]!;
                entries[--i] = (declaration.IsAnonymous ? string.Empty : declaration.Name, t.Fact);
            }
        }

        if (count > 1)
        {
            Array.Sort(entries, static (a, b) =>
            {
                var byName = string.CompareOrdinal(a.Name, b.Name);
                return byName != 0 ? byName : a.Fact.Id.CompareTo(b.Fact.Id);
            });
        }

        foreach (var (name, fact) in entries)
        {
            hash = HashCode.Combine(hash, name.Length, fact.Id);
        }

        _entries = entries;
        _hash = hash;
    }

    public CompiledRule Rule { get; }

    /// <summary>Tells whether a fact of the match was updated (or an aggregate result changed) in the given operation.</summary>
    public bool AnyUpdatedIn(long op) =>
        _entries is null ? _singleFact!.UpdatedOp == op : Array.Exists(_entries, e => e.Fact.UpdatedOp == op);

    public bool Equals(ActivationKey? other)
    {
        if (other is null || other.Rule != Rule || other._hash != _hash || other._alternative != _alternative)
        {
            return false;
        }

        if (_entries is null || other._entries is null)
        {
            return _entries is null && other._entries is null
                && ReferenceEquals(_singleFact, other._singleFact)
                && string.Equals(_singleName, other._singleName, StringComparison.Ordinal);
        }

        if (other._entries.Length != _entries.Length)
        {
            return false;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (!ReferenceEquals(_entries[i].Fact, other._entries[i].Fact) || !string.Equals(_entries[i].Name, other._entries[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ActivationKey);

    public override int GetHashCode() => _hash;
}
