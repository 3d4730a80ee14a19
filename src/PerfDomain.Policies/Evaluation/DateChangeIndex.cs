using NodaTime;
using PerfDomain.Policies.Facts;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// When a partition's answers about the date can change: for each fact in its session, the first day an answer a
/// condition or action gave about a match holding that fact can change (told by <see cref="EvaluationDate"/> through
/// <see cref="DateHorizon"/>); for each group of facts, the first day its projection can change; and the first day an
/// answer given for no projected fact (a cycle's review window opening for everyone) changes, from which day on
/// everything is evaluated again.
/// </summary>
/// <remarks>
/// Days are only ever too early (a fact re-evaluated that did not need it), never too late: an answer given outside a
/// tracked evaluation counts for everything. Going forward only; a partition moved back evaluates everything.
/// </remarks>
internal sealed class DateChangeIndex : IDateHorizonListener
{
    private readonly HashSet<object> _current = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, LocalDate> _factDue = new(ReferenceEqualityComparer.Instance);
    private readonly PriorityQueue<object, LocalDate> _facts = new();
    private readonly Dictionary<FactGroup, LocalDate> _groupDue = [];
    private readonly PriorityQueue<FactGroup, LocalDate> _groups = new();

    // Whether the answer being told of was read for a projected fact.
    private bool _found;

    /// <summary>Gets the first day an answer given for no projected fact can change; everything is evaluated again from it.</summary>
    public LocalDate? EverythingOn { get; private set; }

    /// <summary>A projected fact (of an employee, manager or goal set group) went into the session.</summary>
    public void Track(object fact) => _current.Add(fact);

    /// <summary>A projected fact left the session (retracted, or replaced by an updated one).</summary>
    public void Untrack(object fact) => _current.Remove(fact);

    /// <summary>Tells whether a fact is in the session as projected.</summary>
    public bool IsCurrent(object fact) => _current.Contains(fact);

    /// <inheritdoc/>
    public void ChangesOn(LocalDate day)
    {
        _found = false;
        if (EvaluationScope.IsOpen)
        {
            EvaluationScope.ForEachFact((Index: this, Day: day), static (state, fact) =>
            {
                if (state.Index._current.Contains(fact))
                {
                    state.Index.FactChangesOn(fact, state.Day);
                }
            });
        }

        if (!_found && (EverythingOn is not { } everything || day < everything))
        {
            EverythingOn = day;
        }
    }

    /// <summary>Sets the first day a group's projection can change, or none.</summary>
    public void GroupChangesOn(FactGroup group, LocalDate? day)
    {
        if (day is not { } d)
        {
            _groupDue.Remove(group);
            return;
        }

        _groupDue[group] = d;
        _groups.Enqueue(group, d);
    }

    /// <summary>Takes out the groups to project again and the facts to evaluate again by a day.</summary>
    /// <param name="day">The day the partition moves to.</param>
    /// <returns>The groups and the facts still in the session, each once.</returns>
    public (List<FactGroup> Groups, List<object> Facts) DueBy(LocalDate day)
    {
        var groups = new List<FactGroup>();
        while (_groups.TryPeek(out var group, out var due) && due <= day)
        {
            _groups.Dequeue();
            if (_groupDue.TryGetValue(group, out var current) && current == due)
            {
                _groupDue.Remove(group);
                groups.Add(group);
            }
        }

        var facts = new List<object>();
        while (_facts.TryPeek(out var fact, out var due) && due <= day)
        {
            _facts.Dequeue();
            if (_factDue.TryGetValue(fact, out var current) && current == due)
            {
                _factDue.Remove(fact);
                if (_current.Contains(fact))
                {
                    facts.Add(fact);
                }
            }
        }

        return (groups, facts);
    }

    /// <summary>Forgets every day: everything is about to be evaluated again, and will tell its days anew.</summary>
    public void ForgetDays()
    {
        _factDue.Clear();
        _facts.Clear();
        _groupDue.Clear();
        _groups.Clear();
        EverythingOn = null;
    }

    /// <summary>Forgets every day and every fact: a new session is about to be filled.</summary>
    public void Clear()
    {
        ForgetDays();
        _current.Clear();
    }

    private void FactChangesOn(object fact, LocalDate day)
    {
        _found = true;
        if (!_factDue.TryGetValue(fact, out var due) || day < due)
        {
            _factDue[fact] = day;
            _facts.Enqueue(fact, day);
        }
    }
}
