using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Sessions;

/// <summary>
/// The facts of the condition, key or action the current thread is evaluating, in a session that tracks them
/// (<see cref="Session.TracksEvaluationScope"/>): a fact whose value depends on something outside the session (the
/// date a partition is evaluated as of) asks it which facts a value it hands out was read for.
/// </summary>
/// <remarks>
/// Outside an evaluation, or in a session that does not track, there is no scope: <see cref="IsOpen"/> is false, and a
/// reader must assume the value was read for every fact. Thread-static: a session runs on one thread at a time.
/// </remarks>
internal static class EvaluationScope
{
    [ThreadStatic]
    private static bool t_open;

    [ThreadStatic]
    private static Token? t_token;

    [ThreadStatic]
    private static object? t_value;

    /// <summary>Gets whether the current thread is inside a tracked evaluation.</summary>
    public static bool IsOpen => t_open;

    /// <summary>Calls <paramref name="visit"/> with every fact value of the current evaluation: the partial match's, then the subject's.</summary>
    /// <typeparam name="TState">What the visitor needs.</typeparam>
    /// <param name="state">Handed to <paramref name="visit"/>.</param>
    /// <param name="visit">Called once per fact value.</param>
    public static void ForEachFact<TState>(TState state, Action<TState, object> visit)
    {
        for (var token = t_token; token is not null; token = token.Parent)
        {
            if (token.Fact?.Value is { } value)
            {
                visit(state, value);
            }
        }

        if (t_value is { } subject)
        {
            visit(state, subject);
        }
    }

    internal static void Enter(Token? token, object? value)
    {
        t_open = true;
        t_token = token;
        t_value = value;
    }

    internal static void Leave()
    {
        t_open = false;
        t_token = null;
        t_value = null;
    }
}
