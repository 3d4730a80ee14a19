namespace PerfDomain.Rules;

/// <summary>Thrown when a rule action throws and no <see cref="IEventProvider.ActionFailedEvent"/> handler marked it handled.</summary>
public sealed class RuleActionEvaluationException : RuleExecutionException
{
    /// <summary>Initializes a new instance of the <see cref="RuleActionEvaluationException"/> class.</summary>
    public RuleActionEvaluationException()
    {
        RuleName = string.Empty;
        Expression = string.Empty;
        Facts = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RuleActionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleActionEvaluationException(string message)
        : base(message)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
        Facts = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RuleActionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleActionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = string.Empty;
        Expression = string.Empty;
        Facts = [];
    }

    /// <summary>Initializes a new instance of the <see cref="RuleActionEvaluationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The rule whose action failed.</param>
    /// <param name="expression">The failed action, as text.</param>
    /// <param name="facts">The facts of the match.</param>
    /// <param name="innerException">The exception the action threw.</param>
    public RuleActionEvaluationException(string message, string ruleName, string expression, IReadOnlyList<object?> facts, Exception innerException)
        : base(message, innerException)
    {
        RuleName = ruleName;
        Expression = expression;
        Facts = facts;
    }

    /// <summary>Gets the name of the rule whose action failed.</summary>
    public string RuleName { get; }

    /// <summary>Gets the failed action, as text.</summary>
    public string Expression { get; }

    /// <summary>Gets the values of the match the rule fired for.</summary>
    public IReadOnlyList<object?> Facts { get; }
}
