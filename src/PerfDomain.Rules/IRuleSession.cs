using NRules;
using PerfDomain.Rules.Diagnostics;

namespace PerfDomain.Rules;

/// <summary>An NRules session run by PerfDomain.Rules, with what NRules' sessions lack: a firing limit and why-not reports.</summary>
/// <remarks>Not thread-safe: use one session from one thread at a time. Sessions are cheap to create.</remarks>
public interface IRuleSession : ISession
{
    /// <summary>Gets or sets the maximum number of rule firings in one call to <c>Fire</c>; see <see cref="SessionOptions.FiringLimit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    int FiringLimit { get; set; }

    /// <summary>Explains why a rule has no match: which element of each alternative blocks it, and the facts closest to matching.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">No rule has that name.</exception>
    WhyNotReport WhyNot(string ruleName);

    /// <summary>
    /// Empties the session: no facts, matches or activations, and its fact ids, recency and firing order start again,
    /// so that it behaves as a new session from the same factory. Its settings (<see cref="FiringLimit"/>,
    /// <see cref="ISession.AutoPropagateLinkedFacts"/>, the action interceptor, the dependency resolver) and the
    /// handlers subscribed to <see cref="ISession.Events"/> stay.
    /// </summary>
    /// <remarks>
    /// The point is the memory: the session keeps the tables it grew for its facts, so a caller that evaluates batch
    /// after batch of similar size (PerfDomain.Policies does, one slice of employees after another) allocates them once
    /// rather than growing them again for every batch.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Called from a rule action, an expression or an event handler of this session.</exception>
    void Reset();
}
