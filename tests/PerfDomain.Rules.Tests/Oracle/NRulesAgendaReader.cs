using System.Collections;
using System.Reflection;
using NRules;
using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// NRules 1.0.4's agenda: a binary heap of (priority, insertion order) keys. Removal is lazy: an entry stays in the heap
/// after its activation left the agenda, and an activation queued again gets a second entry while the first one, if
/// still there, keeps the place it fires at. The entries that count are the earliest of each activation still queued.
/// </summary>
internal sealed class NRulesAgendaReader(ISession session) : AgendaReader
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    private readonly object _queue = Get(Get(Get(session, "_agenda"), "_activationQueue"), "_queue");

    public override long NextOrder => (int)Get(_queue, "_insertionOrderCounter");

    public override IReadOnlyList<AgendaEntry> Pending() =>
        Entries().GroupBy(e => e.Activation, ReferenceEqualityComparer.Instance)
            .Select(g => g.MinBy(e => e.Order)!)
            .OrderByDescending(e => e.Priority).ThenBy(e => e.Order).ToList();

    // A second entry exists only when the activation left the agenda and came back (a Filter().Where that rejected
    // then accepted it): NRules fires it at the first entry, the place it had before it left.
    public override bool HasReadmittedAtOldPlace() =>
        Entries().GroupBy(e => e.Activation, ReferenceEqualityComparer.Instance).Any(g => g.Count() > 1);

    private IEnumerable<AgendaEntry> Entries()
    {
        foreach (var entry in (IList)Get(Get(_queue, "_priorityQueue"), "_baseHeap"))
        {
            var key = Property(entry, "Key");
            var activation = Property(entry, "Value");
            if (IsQueued(activation))
            {
                yield return new AgendaEntry((int)Property(key, "Key"), (int)Property(key, "Order"), activation);
            }
        }
    }

    public override IMatch MatchOf(object activation) => (IMatch)activation;

    // What NRules' ActivationQueue.PurgeQueue keeps: queued, with a trigger one of the rule's actions runs on.
    private static bool IsQueued(object activation) =>
        (bool)Property(activation, "IsEnqueued")
        && ((int)Property(Property(activation, "CompiledRule"), "ActionTriggers") & (int)((IMatch)activation).Trigger) != 0;

    private static object Get(object target, string field) =>
        (target.GetType().GetField(field, Private) ?? throw new MissingFieldException(target.GetType().FullName, field)).GetValue(target)!;

    private static object Property(object target, string property) =>
        (target.GetType().GetProperty(property, Private) ?? throw new MissingMemberException(target.GetType().FullName, property)).GetValue(target)!;
}
