namespace PerfDomain;

/// <summary>
/// Thrown when a change would break a rule of the domain: an impossible stage transition, goal
/// weights that do not total 100%, an alignment that would form a cycle, a calibration without a
/// reason, and so on.
/// </summary>
/// <remarks>
/// <see cref="Rule"/> is a stable, dotted identifier (for example <c>cycle-record.stage-order</c>) that
/// hosts can map to their own messages; <see cref="Exception.Message"/> names the values involved,
/// in invariant culture.
/// </remarks>
public sealed class DomainRuleViolationException : Exception
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="rule">The stable identifier of the rule that was broken.</param>
    /// <param name="message">What was attempted and why it is refused.</param>
    public DomainRuleViolationException(string rule, string message)
        : base(message)
    {
        Rule = rule;
    }

    /// <summary>Initialises a new instance with no rule identifier; prefer the other constructor.</summary>
    public DomainRuleViolationException()
        : this("domain", "A domain rule was broken.")
    {
    }

    /// <summary>Initialises a new instance with no rule identifier; prefer the other constructor.</summary>
    /// <param name="message">What was attempted and why it is refused.</param>
    public DomainRuleViolationException(string message)
        : this("domain", message)
    {
    }

    /// <summary>Initialises a new instance with no rule identifier; prefer the other constructor.</summary>
    /// <param name="message">What was attempted and why it is refused.</param>
    /// <param name="innerException">The underlying failure.</param>
    public DomainRuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rule = "domain";
    }

    /// <summary>Gets the stable identifier of the rule that was broken, such as <c>goals.weights-total</c>.</summary>
    public string Rule { get; } = "domain";
}
