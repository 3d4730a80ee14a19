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
}
