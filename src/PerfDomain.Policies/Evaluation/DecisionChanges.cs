using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>What an incremental update changed: the decisions that appeared, those withdrawn, and those that changed.</summary>
/// <remarks>
/// Decisions are matched by their key — kind, employee, cycle, subject and rule. A decision whose key
/// held before and after is <see cref="Changed"/> when its due date, escalation, approval or reason
/// differs, and not reported at all when only its explanation's as-of date or fact values moved (the
/// same recommendation, re-explained). All lists are in the documented decision order. Immutable.
/// </remarks>
public sealed class DecisionChanges
{
    internal DecisionChanges(IReadOnlyList<Decision> added, IReadOnlyList<Decision> withdrawn, IReadOnlyList<Decision> changed, int factsChanged)
    {
        Added = added;
        Withdrawn = withdrawn;
        Changed = changed;
        FactsChanged = factsChanged;
    }

    /// <summary>Gets the decisions whose key holds now and did not before.</summary>
    public IReadOnlyList<Decision> Added { get; }

    /// <summary>Gets the decisions whose key held before and does not now (as they were).</summary>
    public IReadOnlyList<Decision> Withdrawn { get; }

    /// <summary>Gets the decisions whose key held before and still does, with a new due date, escalation, approval or reason (as they are now).</summary>
    public IReadOnlyList<Decision> Changed { get; }

    /// <summary>Gets how many facts were inserted, updated or retracted to bring the partition up to date.</summary>
    public int FactsChanged { get; }

    /// <summary>Gets whether no decision was added, withdrawn or changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Withdrawn.Count == 0 && Changed.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Added.Count} added, {Withdrawn.Count} withdrawn, {Changed.Count} changed ({FactsChanged} {(FactsChanged == 1 ? "fact" : "facts")} changed)";

    internal static DecisionChanges Between(IReadOnlyCollection<Decision> before, IReadOnlyCollection<Decision> after, int factsChanged)
    {
        var old = before.ToLookup(Key);
        var now = after.ToLookup(Key);
        var added = new List<Decision>();
        var withdrawn = new List<Decision>();
        var changed = new List<Decision>();
        foreach (var group in now)
        {
            var was = old[group.Key].ToList();
            if (was.Count == 1 && group.Count() == 1)
            {
                if (IsMaterial(was[0], group.First()))
                {
                    changed.Add(group.First());
                }
            }
            else
            {
                // Several decisions share a key (two reviews in one cycle, a custom rule): compare them as recommendations.
                added.AddRange(group.Where(d => !was.Exists(w => !IsMaterial(w, d))));
                withdrawn.AddRange(was.Where(w => !group.Any(d => !IsMaterial(w, d))));
            }
        }

        withdrawn.AddRange(old.Where(g => !now.Contains(g.Key)).SelectMany(g => g));
        added.Sort(DecisionOrder.Instance);
        withdrawn.Sort(DecisionOrder.Instance);
        changed.Sort(DecisionOrder.Instance);
        return new DecisionChanges(added, withdrawn, changed, factsChanged);
    }

    private static (DecisionKind, string, string?, string?, string) Key(Decision d) =>
        (d.Kind, d.EmployeeId.Value, d.CycleId?.Value, d.Subject, d.Explanation.Rule);

    // A reason is compared as of the same day: "overdue by 3 days" yesterday is "overdue by 4 days" today, the same decision.
    private static bool IsMaterial(Decision was, Decision now) =>
        was.DueOn != now.DueOn || was.EscalateTo != now.EscalateTo || was.RequiresApproval != now.RequiresApproval || was.Explanation.ReasonAsOf(now.Explanation.AsOf) != now.Explanation.Reason;
}
