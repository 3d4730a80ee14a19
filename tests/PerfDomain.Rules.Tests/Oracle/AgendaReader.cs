using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// Reads a runtime's pending activations in firing order. Neither runtime lists its agenda through NRules' API (only
/// <c>Peek</c>), so each reader looks inside: the oracle needs the queue order to tell a tie from a divergence.
/// </summary>
internal abstract class AgendaReader
{
    /// <summary>Gets the order the next activation queued will get: orders below it were given out before.</summary>
    public abstract long NextOrder { get; }

    /// <summary>Lists the pending activations, in the order they fire.</summary>
    public abstract IReadOnlyList<AgendaEntry> Pending();

    /// <summary>Gets the match of an activation <see cref="Pending"/> listed, as it is now.</summary>
    public abstract IMatch MatchOf(object activation);

    /// <summary>Tells whether an activation taken off the agenda and queued again holds the place it had before, not the last one.</summary>
    public virtual bool HasReadmittedAtOldPlace() => false;
}
