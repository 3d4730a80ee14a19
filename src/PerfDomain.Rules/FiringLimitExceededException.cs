using System.Globalization;

namespace PerfDomain.Rules;

/// <summary>Thrown when one call to <c>Fire</c> reaches the session's firing limit: a runaway chain of rules.</summary>
public sealed class FiringLimitExceededException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="FiringLimitExceededException"/> class.</summary>
    public FiringLimitExceededException()
    {
        RuleNames = [];
    }

    /// <summary>Initializes a new instance of the <see cref="FiringLimitExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    public FiringLimitExceededException(string message)
        : base(message)
    {
        RuleNames = [];
    }

    /// <summary>Initializes a new instance of the <see cref="FiringLimitExceededException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FiringLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleNames = [];
    }

    /// <summary>Initializes a new instance of the <see cref="FiringLimitExceededException"/> class.</summary>
    /// <param name="limit">The limit that was reached.</param>
    /// <param name="ruleNames">The rules that fired most among the latest firings, most frequent first.</param>
    public FiringLimitExceededException(int limit, IReadOnlyList<string> ruleNames)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"Firing limit of {limit} rule firings in one Fire call reached; the chain involves: {string.Join(", ", ruleNames)}. Raise the firing limit (SessionOptions.FiringLimit, or IRuleSession.FiringLimit) if the work is legitimate."))
    {
        Limit = limit;
        RuleNames = ruleNames;
    }

    /// <summary>Gets the limit that was reached.</summary>
    public int Limit { get; }

    /// <summary>Gets the names of the rules involved in the chain, most frequent first.</summary>
    public IReadOnlyList<string> RuleNames { get; }
}
