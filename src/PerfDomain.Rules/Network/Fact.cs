using NRules.RuleModel;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary>
/// A fact's handle in a session: stable for the fact's lifetime (an update replaces <see cref="Value"/>, not the handle).
/// Also used for values the network produces (query results, <c>Let</c> bindings), which are <see cref="IsSynthetic"/>.
/// </summary>
internal sealed class Fact(object? value, Type type, long id, long seq, bool isSynthetic) : IFact
{
    /// <summary>Gets the source NRules reports: the rule and facts that yielded a linked fact.</summary>
    public IFactSource? Source => LinkedOwner?.LinkedSource;

    public object? Value { get; set; } = value;

    public Type Type { get; } = type;

    /// <summary>Gets the unique id of the handle within its session.</summary>
    public long Id { get; } = id;

    /// <summary>Gets or sets the recency used by the agenda tie-break: insertion order for facts, the earliest source fact for aggregates.</summary>
    public long Seq { get; set; } = seq;

    public bool IsSynthetic { get; } = isSynthetic;

    /// <summary>Gets or sets the session operation that last updated the value.</summary>
    public long UpdatedOp { get; set; }

    public ActivationState? LinkedOwner { get; set; }

    public object? LinkedKey { get; set; }

    /// <summary>Reference equality (a handle is its own identity).</summary>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The sequential id: cheaper than the runtime's first-time identity hash.</summary>
    public override int GetHashCode() => (int)Id ^ (int)(Id >> 32);

    public override string ToString() => Value?.ToString() ?? "null";
}
