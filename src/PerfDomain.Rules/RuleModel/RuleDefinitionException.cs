namespace PerfDomain.Rules.RuleModel;

/// <summary>Thrown when a rule's definition is invalid (for example an alias that is not a captured variable).</summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleDefinitionException"/> class.</summary>
    public RuleDefinitionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleDefinitionException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleDefinitionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleDefinitionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleDefinitionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleType">The rule class whose definition failed.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RuleDefinitionException(string message, Type ruleType, Exception? innerException = null)
        : base(message, innerException) => RuleType = ruleType;

    /// <summary>Gets the rule class whose definition failed, if known.</summary>
    public Type? RuleType { get; }
}
