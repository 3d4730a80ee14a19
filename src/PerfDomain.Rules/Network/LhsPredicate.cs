using System.Linq.Expressions;

namespace PerfDomain.Rules.Network;

/// <summary>A compiled left-hand-side condition over a partial match and a subject value.</summary>
internal sealed class LhsPredicate(CompiledRule rule, LambdaExpression source, Expression<Func<Token?, object?, bool>> bound)
{
    private readonly LazyDelegate<Func<Token?, object?, bool>> _delegate = new(bound);

    public CompiledRule Rule { get; } = rule;

    public LambdaExpression Source { get; } = source;

    public string Text { get; } = source.ToString();

    public Func<Token?, object?, bool> Invoke => _delegate.Invoke;
}
