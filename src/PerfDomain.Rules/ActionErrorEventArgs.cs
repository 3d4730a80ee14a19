using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>Data of a failed rule action; set <see cref="IsHandled"/> to let firing go on.</summary>
public sealed class ActionErrorEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="ActionErrorEventArgs"/> class.</summary>
    /// <param name="exception">The exception the action threw.</param>
    /// <param name="expression">The action.</param>
    /// <param name="match">The match the rule fired for.</param>
    public ActionErrorEventArgs(Exception exception, Expression expression, IMatch match)
    {
        Exception = exception;
        Expression = expression;
        Match = match;
    }

    /// <summary>Gets the exception the action threw.</summary>
    public Exception Exception { get; }

    /// <summary>Gets the action.</summary>
    public Expression Expression { get; }

    /// <summary>Gets the match the rule fired for.</summary>
    public IMatch Match { get; }

    /// <summary>Gets the rule.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>Gets the facts of the match.</summary>
    public IReadOnlyList<IFactMatch> Facts => Match.Facts;

    /// <summary>
    /// Gets or sets a value indicating whether the failure is handled: the rest of this firing's actions are
    /// skipped and firing goes on. When <see langword="false"/>, <c>Fire</c> throws <see cref="RuleActionEvaluationException"/>.
    /// </summary>
    public bool IsHandled { get; set; }
}
