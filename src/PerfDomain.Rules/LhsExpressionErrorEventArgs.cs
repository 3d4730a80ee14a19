using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>Data of a failed condition or other left-hand-side expression; set <see cref="IsHandled"/> to swallow it.</summary>
public sealed class LhsExpressionErrorEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="LhsExpressionErrorEventArgs"/> class.</summary>
    /// <param name="exception">The exception the expression threw.</param>
    /// <param name="expression">The expression.</param>
    /// <param name="rule">The rule the expression belongs to.</param>
    /// <param name="fact">The fact the expression was evaluated for, if any.</param>
    public LhsExpressionErrorEventArgs(Exception exception, Expression expression, IRuleDefinition rule, object? fact)
    {
        Exception = exception;
        Expression = expression;
        Rule = rule;
        Fact = fact;
    }

    /// <summary>Gets the exception the expression threw.</summary>
    public Exception Exception { get; }

    /// <summary>Gets the expression.</summary>
    public Expression Expression { get; }

    /// <summary>Gets the rule the expression belongs to.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>Gets the fact the expression was evaluated for, if any.</summary>
    public object? Fact { get; }

    /// <summary>
    /// Gets or sets a value indicating whether the failure is handled. Either way the expression counts as not
    /// satisfied; when not handled, the session operation throws <see cref="RuleLhsExpressionEvaluationException"/> once it completes.
    /// </summary>
    public bool IsHandled { get; set; }
}
