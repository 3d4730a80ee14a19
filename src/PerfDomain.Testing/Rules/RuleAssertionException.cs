namespace PerfDomain.Testing.Rules;

/// <summary>Thrown by <see cref="RuleTestFixture"/> when an expectation about firings fails; any test framework reports it as a failure.</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleAssertionException"/> class.</summary>
    public RuleAssertionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleAssertionException"/> class.</summary>
    /// <param name="message">The message.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleAssertionException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
