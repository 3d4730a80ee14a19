namespace PerfDomain.Rules;

/// <summary>Options of the sessions a <see cref="RuleCompiler"/>'s factory creates: where PerfDomain.Rules may behave other than NRules, the choice is here.</summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
public sealed class SessionOptions
{
    /// <summary>The default firing limit: 1,000,000 rule firings per call to <c>Fire</c>, sized for batch runs over some 100,000 facts with a few rules each (and their chained rules).</summary>
    public const int DefaultFiringLimit = 1_000_000;

    /// <summary>Gets the default options: NRules' behaviour, with the default firing limit.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// Gets the maximum number of rule firings in one call to <c>Fire</c> before <see cref="FiringLimitExceededException"/>
    /// (NRules has no such limit: a runaway chain of rules runs until memory runs out).
    /// </summary>
    public int FiringLimit { get; init; } = DefaultFiringLimit;

    /// <summary>
    /// Gets whether a rule with <c>Or</c> fires once per set of matched facts, however many alternatives match them.
    /// <see langword="false"/> (the default) fires once per matching alternative, as NRules does.
    /// </summary>
    public bool OrFiresOncePerFactSet { get; init; }
}
