using System.Linq.Expressions;

namespace PerfDomain.Rules.Network;

/// <summary>A compiled left-hand-side value (a join key, a projection, a binding) over a partial match and a subject value.</summary>
internal sealed class LhsValue(CompiledRule rule, LambdaExpression source, Expression<Func<Token?, object?, object?>> bound)
{
    private readonly LazyDelegate<Func<Token?, object?, object?>> _delegate = new(bound);

    public CompiledRule Rule { get; } = rule;

    public LambdaExpression Source { get; } = source;

    public Func<Token?, object?, object?> Invoke => _delegate.Invoke;
}
