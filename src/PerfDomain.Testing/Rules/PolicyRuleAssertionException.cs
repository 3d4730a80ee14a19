namespace PerfDomain.Testing.Rules;

/// <summary>Thrown when a <see cref="PolicyRuleFixture"/> assertion fails; the message lists what fired and why the rule did not match.</summary>
public sealed class PolicyRuleAssertionException : Exception
{
    /// <summary>Initialises a new instance of the <see cref="PolicyRuleAssertionException"/> class.</summary>
    public PolicyRuleAssertionException()
    {
    }

    /// <summary>Initialises a new instance of the <see cref="PolicyRuleAssertionException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public PolicyRuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initialises a new instance of the <see cref="PolicyRuleAssertionException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyRuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
