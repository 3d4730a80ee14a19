namespace PerfDomain.Rules;

/// <summary>Base class of the errors raised while a session evaluates or fires rules.</summary>
public class RuleExecutionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleExecutionException"/> class.</summary>
    public RuleExecutionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExecutionException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleExecutionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleExecutionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleExecutionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
