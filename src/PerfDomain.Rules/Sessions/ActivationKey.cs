using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Sessions;

/// <summary>
/// An activation's identity: the rule and the set of (alias name, fact) pairs of its match, where anonymous
/// patterns contribute an empty name. Two alternatives of an <c>Or</c> that match the same facts under the
/// same aliases therefore share one activation.
/// </summary>
internal sealed class ActivationKey : IEquatable<ActivationKey>
{
    private readonly (string Name, Fact Fact)[] _entries;
    private readonly int _hash;

    public ActivationKey(CompiledRule rule, Branch branch, Token token)
    {
        Rule = rule;
        var count = 0;
        for (var t = token; t.Index >= 0; t = t.Parent!)
        {
            if (branch.InKey[t.Index] && t.Fact is not null)
            {
                count++;
            }
        }

        _entries = new (string, Fact)[count];
        var i = count;
        for (var t = token; t.Index >= 0; t = t.Parent!)
        {
            if (branch.InKey[t.Index] && t.Fact is not null)
            {
                var declaration = branch.Bindings[t.Index]!;
                _entries[--i] = (declaration.IsAnonymous ? string.Empty : declaration.Name, t.Fact);
            }
        }

        if (count > 1)
        {
            Array.Sort(_entries, static (a, b) =>
            {
                var byName = string.CompareOrdinal(a.Name, b.Name);
                return byName != 0 ? byName : a.Fact.Id.CompareTo(b.Fact.Id);
            });
        }

        var hash = rule.Order;
        foreach (var (name, fact) in _entries)
        {
            hash = HashCode.Combine(hash, name.Length, fact.Id);
        }

        _hash = hash;
    }

    public CompiledRule Rule { get; }

    /// <summary>Tells whether a fact of the match was updated (or an aggregate result changed) in the given operation.</summary>
    public bool AnyUpdatedIn(long op) => Array.Exists(_entries, e => e.Fact.UpdatedOp == op);

    public bool Equals(ActivationKey? other)
    {
        if (other is null || other.Rule != Rule || other._entries.Length != _entries.Length)
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
