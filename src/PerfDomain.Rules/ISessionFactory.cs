using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>Compiled rules, from which sessions are created.</summary>
/// <remarks>Immutable and thread-safe: any number of threads may create and use sessions concurrently.</remarks>
public interface ISessionFactory
{
    /// <summary>Gets the compiled rules, in declaration order.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Gets the events raised by every session of this factory. Subscribe before creating sessions.</summary>
    IEventProvider Events { get; }

    /// <summary>Creates an empty session with the default options.</summary>
    /// <returns>The session.</returns>
    ISession CreateSession();

    /// <summary>Creates an empty session.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The session.</returns>
    ISession CreateSession(SessionOptions options);
}
