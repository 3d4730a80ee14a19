using NRules;
using NRules.Diagnostics;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// A session whose agenda is read in epochs: an epoch is one outside operation, or one rule firing with what its
/// actions set off. Both runtimes go through the same epochs, so a pending activation's (priority, epoch) must agree
/// between them; only the order within one epoch is each runtime's own (NRules': its network's propagation order over
/// hash sets; PerfDomain's: rule order, then fact recency).
/// </summary>
internal sealed class TrackedSession
{
    private readonly AgendaReader _reader;
    private readonly List<long> _epochStarts = [];
    private List<(AgendaEntry Entry, string Text)> _snapshot = [];

    public TrackedSession(ISession session, AgendaReader reader)
    {
        Session = session;
        _reader = reader;
        session.Events.RuleFiringEvent += OnFiring;
    }

    public ISession Session { get; }

    /// <summary>Gets the firings since the last <see cref="BeginOperation"/>.</summary>
    public List<TrackedFiring> Firings { get; } = [];

    public void BeginOperation()
    {
        Firings.Clear();
        StartEpoch();
    }

    /// <summary>Gets a value indicating whether an activation readmitted to the agenda holds its old place (NRules only).</summary>
    public bool HasReadmittedAtOldPlace => _reader.HasReadmittedAtOldPlace();

    /// <summary>Lists the pending activations with their (priority, epoch), in firing order.</summary>
    public List<TrackedFiring> Agenda() =>
        _reader.Pending().Select(e => new TrackedFiring(MatchText.Of(_reader.MatchOf(e.Activation)), e.Priority, EpochOf(e.Order))).ToList();

    private void StartEpoch()
    {
        _epochStarts.Add(_reader.NextOrder);
        _snapshot = _reader.Pending().Select(e => (e, MatchText.Of(_reader.MatchOf(e.Activation)))).ToList();
    }

    private int EpochOf(long order)
    {
        var epoch = _epochStarts.FindLastIndex(start => start <= order);
        return epoch < 0 ? throw new InvalidOperationException($"Order {order} precedes every epoch.") : epoch;
    }

    // The activation firing has just left the agenda: it is the one of the last snapshot that is no longer pending and
    // had this match (its facts may have changed in place since). None: the previous firing's actions queued it.
    private void OnFiring(object? sender, AgendaEventArgs e)
    {
        var text = MatchText.Of(e.Match);
        var pending = _reader.Pending().Select(p => p.Activation).ToHashSet(ReferenceEqualityComparer.Instance);
        var gone = _snapshot.Where(s => !pending.Contains(s.Entry.Activation)).ToList();
        var fired = gone.Where(s => s.Text == text).Select(s => s.Entry).FirstOrDefault()
            ?? gone.Where(s => MatchText.Of(e.Match.Rule.Name, e.Match.Trigger, _reader.MatchOf(s.Entry.Activation).Facts) == text).Select(s => s.Entry).FirstOrDefault();
        Firings.Add(new TrackedFiring(text, e.Rule.Priority, fired is null ? _epochStarts.Count - 1 : EpochOf(fired.Order)));
        StartEpoch();
    }
}
