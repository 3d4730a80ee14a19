namespace PerfDomain.Rules;

/// <summary>Options of a session.</summary>
/// <remarks>Immutable once built; safe to share between threads.</remarks>
public sealed class SessionOptions
{
    /// <summary>The default firing limit: 1,000,000 rule firings per call to <c>Fire</c>, sized for batch runs over some 100,000 facts with a few rules each (and their chained rules).</summary>
    public const int DefaultFiringLimit = 1_000_000;

    /// <summary>Gets the default options.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>Gets the maximum number of rule firings in one call to <c>Fire</c> before <see cref="FiringLimitExceededException"/>.</summary>
    public int FiringLimit { get; init; } = DefaultFiringLimit;

    /// <summary>Gets the agenda order; <see cref="DefaultActivationComparer"/> when <see langword="null"/>.</summary>
    public IComparer<IActivation>? ActivationComparer { get; init; }
}
