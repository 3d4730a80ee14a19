using System.Linq.Expressions;

namespace PerfDomain.Rules.Network;

/// <summary>
/// A join key computed as its own type: a hash-indexed join of <c>EmployeeId</c>s, dates or numbers boxes no key per
/// fact or partial match (at 100,000 employees, boxed keys were a twentieth of what a batch allocated).
/// </summary>
/// <typeparam name="TKey">The type of both sides of the equality.</typeparam>
internal sealed class LhsKey<TKey>(CompiledRule rule, LambdaExpression source, Expression<Func<Token?, object?, TKey>> bound)
{
    private readonly LazyDelegate<Func<Token?, object?, TKey>> _delegate = new(bound);

    public CompiledRule Rule { get; } = rule;

    /// <summary>Gets the key as the rule wrote it, converted to <see cref="object"/>: what NRules' events report.</summary>
    public LambdaExpression Source { get; } = source;

    public Func<Token?, object?, TKey> Invoke => _delegate.Invoke;
}
