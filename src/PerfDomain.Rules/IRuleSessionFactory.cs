using NRules;
using NRules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>NRules rule definitions compiled by <see cref="RuleCompiler"/>: an NRules session factory whose sessions are <see cref="IRuleSession"/>s.</summary>
/// <remarks>Thread-safe: any number of threads may create and use sessions concurrently (each session on one thread).</remarks>
public interface IRuleSessionFactory : ISessionFactory
{
    /// <summary>Gets the compiled rules, in the order they were given.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Gets the options of the sessions <see cref="ISessionFactory.CreateSession()"/> creates.</summary>
    SessionOptions Options { get; }

    /// <summary>Creates an empty session with other options than the compiler's.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The session.</returns>
    IRuleSession CreateSession(SessionOptions options);
}
