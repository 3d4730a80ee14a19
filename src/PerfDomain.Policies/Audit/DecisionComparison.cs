using Ardalis.GuardClauses;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Policies.Audit;

/// <summary>
/// What differs between two evaluations, decision by decision: the decisions only the second made (added), those only
/// the first made (withdrawn), and those both made with a material difference (changed) — between two parameter sets,
/// two dates, two pack versions or two snapshots. <c>perfdomain diff BEFORE AFTER</c> prints it.
/// </summary>
/// <remarks>
/// <para>
/// Decisions are matched as the same recommendation by kind, employee, cycle, subject and rule (not by
/// <see cref="DecisionId"/>, which also holds the pack version and the facts, so that a new pack version or a new
/// review shows as a change, not as one decision withdrawn and another added). A matched pair is changed when one of
/// <see cref="MaterialFields"/> differs; a pair that differs only in its as-of date or fact values is the same
/// recommendation re-explained, and counted in <see cref="Unchanged"/>. Where several decisions share a match (two
/// reviews in one cycle), those equal in every material field pair up and the rest are added or withdrawn.
/// </para>
/// <para>All lists are in the documented decision order. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DecisionComparison
{
    private DecisionComparison(DecisionDocument before, DecisionDocument after, IReadOnlyList<Decision> added, IReadOnlyList<Decision> withdrawn, IReadOnlyList<DecisionChange> changed, int unchanged)
    {
        Before = before;
        After = after;
        Added = added;
        Withdrawn = withdrawn;
        Changed = changed;
        Unchanged = unchanged;
    }

    /// <summary>Gets the fields, by the decision format's names, whose difference makes a matched decision changed, in the order they are reported.</summary>
    public static IReadOnlyList<string> MaterialFields { get; } =
        ["dueOn", "requiresApproval", "escalateTo", "explanation.pack", "explanation.packVersion", "explanation.parameters", "explanation.reason"];

    /// <summary>Gets the first evaluation.</summary>
    public DecisionDocument Before { get; }

    /// <summary>Gets the second evaluation.</summary>
    public DecisionDocument After { get; }

    /// <summary>Gets the decisions only the second evaluation made.</summary>
    public IReadOnlyList<Decision> Added { get; }

    /// <summary>Gets the decisions only the first evaluation made, as it made them.</summary>
    public IReadOnlyList<Decision> Withdrawn { get; }

    /// <summary>Gets the decisions both made, with what differs.</summary>
    public IReadOnlyList<DecisionChange> Changed { get; }

    /// <summary>Gets how many decisions both made alike.</summary>
    public int Unchanged { get; }

    /// <summary>Gets whether no decision was added, withdrawn or changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Withdrawn.Count == 0 && Changed.Count == 0;

    /// <summary>Compares two evaluations.</summary>
    /// <param name="before">The first evaluation.</param>
    /// <param name="after">The second.</param>
    /// <returns>What differs.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DecisionComparison Between(DecisionDocument before, DecisionDocument after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var old = before.Decisions.ToLookup(Match);
        var now = after.Decisions.ToLookup(Match);
        var added = new List<Decision>();
        var withdrawn = new List<Decision>();
        var changed = new List<DecisionChange>();
        var unchanged = 0;
        foreach (var group in now)
        {
            var was = old[group.Key].ToList();
            var are = group.ToList();
            if (was.Count == 1 && are.Count == 1)
            {
                var fields = Differences(was[0], are[0]);
                if (fields.Count > 0)
                {
                    changed.Add(new DecisionChange(was[0], are[0], fields));
                }
                else
                {
                    unchanged++;
                }

                continue;
            }

            // Several share a match: pair those alike, in order; the others are added or withdrawn.
            foreach (var decision in are)
            {
                var twin = was.FindIndex(w => Differences(w, decision).Count == 0);
                if (twin < 0)
                {
                    added.Add(decision);
                }
                else
                {
                    was.RemoveAt(twin);
                    unchanged++;
                }
            }

            withdrawn.AddRange(was);
        }

        withdrawn.AddRange(old.Where(g => !now.Contains(g.Key)).SelectMany(g => g));
        added.Sort(DecisionOrder.Instance);
        withdrawn.Sort(DecisionOrder.Instance);
        changed.Sort((x, y) => DecisionOrder.Instance.Compare(x.After, y.After));
        return new DecisionComparison(before, after, added, withdrawn, changed, unchanged);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Added.Count} added, {Withdrawn.Count} withdrawn, {Changed.Count} changed, {Unchanged} unchanged";

    private static (string Kind, string Employee, string? Cycle, string? Subject, string Rule) Match(Decision d) =>
        (d.Kind.Name, d.EmployeeId.Value, d.CycleId?.Value, d.Subject, d.Explanation.Rule);

    private static List<string> Differences(Decision was, Decision now)
    {
        var fields = new List<string>();
        Add(was.DueOn != now.DueOn, "dueOn");
        Add(was.RequiresApproval != now.RequiresApproval, "requiresApproval");
        Add(was.EscalateTo != now.EscalateTo, "escalateTo");
        Add(!string.Equals(was.Explanation.Pack, now.Explanation.Pack, StringComparison.Ordinal), "explanation.pack");
        Add(!string.Equals(was.Explanation.PackVersion, now.Explanation.PackVersion, StringComparison.Ordinal), "explanation.packVersion");
        Add(!SameMap(was.Explanation.Parameters, now.Explanation.Parameters), "explanation.parameters");
        Add(!string.Equals(was.Explanation.Reason, now.Explanation.Reason, StringComparison.Ordinal), "explanation.reason");
        return fields;

        void Add(bool differs, string field)
        {
            if (differs)
            {
                fields.Add(field);
            }
        }
    }

    private static bool SameMap(IReadOnlyDictionary<string, string> x, IReadOnlyDictionary<string, string> y) =>
        x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));
}
