namespace PerfDomain.Rules;

/// <summary>
/// Thrown at the end of a session operation when a condition (or another left-hand-side expression) threw
/// and no <see cref="IEventProvider.LhsExpressionFailedEvent"/> handler marked it handled.
/// </summary>
/// <remarks>The failed expression counted as not satisfied; the session stays consistent and usable.</remarks>
public sealed class RuleLhsExpressionEvaluationException : RuleExecutionException
{
    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    public RuleLhsExpressionEvaluationException()
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleLhsExpressionEvaluationException(string message)
        : base(message)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleLhsExpressionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLhsExpressionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The rule the expression belongs to.</param>
    /// <param name="expression">The failed expression, as text.</param>
    /// <param name="innerException">The exception the expression threw.</param>
    public RuleLhsExpressionEvaluationException(string message, string ruleName, string expression, Exception innerException)
        : base(message, innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>Gets the name of the rule the failed expression belongs to.</summary>
    public string RuleName { get; }

    /// <summary>Gets the failed expression, as text.</summary>
    public string Expression { get; }
}
