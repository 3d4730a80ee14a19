using System.Linq.Expressions;

namespace PerfDomain.Rules.Network;

/// <summary>
/// An expression compiled in tiers: interpreted for its first calls (cheap to prepare), compiled to IL once it
/// has been called <see cref="CompileThreshold"/> times. Keeps compiling a large rule set, and sessions that
/// touch few facts, fast; hot conditions still run as compiled code.
/// </summary>
/// <remarks>Thread-safe: races may prepare a tier twice; every result is equivalent.</remarks>
internal sealed class LazyDelegate<TDelegate>(Expression<TDelegate> expression)
    where TDelegate : Delegate
{
    public const int CompileThreshold = 1000;

    private TDelegate? _compiled;
    private TDelegate? _interpreted;
    private int _calls;

    public Expression<TDelegate> Expression { get; } = expression;

    public TDelegate Invoke
    {
        get
        {
            if (_compiled is { } compiled)
            {
                return compiled;
            }

            if (++_calls > CompileThreshold)
            {
                return _compiled = Expression.Compile();
            }

            return _interpreted ??= Expression.Compile(preferInterpretation: true);
        }
    }
}
