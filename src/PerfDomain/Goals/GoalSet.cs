using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Goals.Events;

namespace PerfDomain.Goals;

/// <summary>
/// All objectives of one cycle, across the organisation, its teams and its people: the goal tree
/// whose rules span objectives.
/// </summary>
/// <remarks>
/// <para>Rules kept at every change:</para>
/// <list type="bullet">
/// <item><description>objective and key-result ids are unique within the set (<c>goals.duplicate-id</c>);</description></item>
/// <item><description>each weight is between 0 and 100, and an owner's weights never total more than 100% (<c>goals.weights-total</c>); <see cref="Reweight"/> sets them all at once to exactly 100%;</description></item>
/// <item><description>an objective aligns only to an objective of the same level or higher: individual → team → organisation (<c>goals.alignment-level</c>);</description></item>
/// <item><description>alignment never forms a cycle, whatever the sequence of re-alignments (<c>goals.alignment-cycle</c>).</description></item>
/// </list>
/// <para>Not thread-safe; identity is <see cref="CycleId"/>.</para>
/// </remarks>
public sealed class GoalSet : AggregateRoot
{
    private readonly List<Objective> _objectives = [];
    private readonly Dictionary<ObjectiveId, Objective> _byId = [];
    private readonly Dictionary<KeyResultId, (Objective Objective, KeyResult KeyResult)> _keyResults = [];

    // Each owner's objectives, in the order added: rules about weights look at one owner at a time.
    private readonly Dictionary<GoalOwner, List<Objective>> _byOwner = [];

    /// <summary>Initialises an empty goal set for a cycle.</summary>
    /// <param name="cycleId">The cycle.</param>
    public GoalSet(CycleId cycleId) => CycleId = Guard.Against.DefaultId(cycleId);

    /// <summary>Gets the cycle.</summary>
    public CycleId CycleId { get; }

    /// <summary>Gets the objectives, in the order they were added.</summary>
    public IReadOnlyList<Objective> Objectives => _objectives;

    /// <summary>Gets an objective by id.</summary>
    /// <param name="id">The objective's id.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="KeyNotFoundException">No objective of the set has that id.</exception>
    public Objective this[ObjectiveId id] =>
        _byId.TryGetValue(id, out var objective) ? objective : throw new KeyNotFoundException($"Cycle '{CycleId}' has no objective '{id}'.");

    /// <summary>Finds an objective by id.</summary>
    /// <param name="id">The objective's id.</param>
    /// <returns>The objective, or <see langword="null"/>.</returns>
    public Objective? Find(ObjectiveId id) => _byId.GetValueOrDefault(id);

    /// <summary>Finds a key result by id, with its objective.</summary>
    /// <param name="id">The key result's id.</param>
    /// <returns>The key result and its objective, or <see langword="null"/>.</returns>
    public (Objective Objective, KeyResult KeyResult)? FindKeyResult(KeyResultId id) =>
        _keyResults.TryGetValue(id, out var found) ? found : null;

    /// <summary>Gets an owner's objectives, in the order they were added.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The objectives.</returns>
    public IEnumerable<Objective> ObjectivesOf(GoalOwner owner) => _byOwner.TryGetValue(owner, out var owned) ? owned : [];

    /// <summary>Gets the total weight of an owner's objectives, in percent.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The total, from 0 to 100.</returns>
    public decimal WeightTotal(GoalOwner owner) => ObjectivesOf(owner).Sum(o => o.Weight);

    /// <summary>Gets the chain of objectives an objective aligns to, nearest first.</summary>
    /// <param name="id">The objective.</param>
    /// <returns>The parent, its parent, and so on up to an objective that aligns to none.</returns>
    public IEnumerable<Objective> AlignmentPath(ObjectiveId id)
    {
        for (var parent = this[id].ParentId; parent is { } p; parent = _byId[p].ParentId)
        {
            yield return _byId[p];
        }
    }

    /// <summary>Sets a new objective.</summary>
    /// <param name="id">The objective's id, unique within the set.</param>
    /// <param name="owner">Its owner.</param>
    /// <param name="title">What it sets out to achieve.</param>
    /// <param name="weight">Its weight in percent; the owner's total may not exceed 100.</param>
    /// <param name="parentId">The objective it aligns to, if any.</param>
    /// <param name="on">The day it is set.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="DomainRuleViolationException">A rule of the set would be broken.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="parentId"/> is not in the set.</exception>
    public Objective AddObjective(ObjectiveId id, GoalOwner owner, string title, decimal weight, ObjectiveId? parentId, LocalDate on)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.Null(owner);
        Guard.Against.InvalidText(title, 500);
        if (_byId.ContainsKey(id))
        {
            throw new DomainRuleViolationException("goals.duplicate-id", $"Cycle '{CycleId}' already has an objective '{id}'.");
        }

        RequireWeight(id, weight);
        var total = WeightTotal(owner) + weight;
        if (total > 100)
        {
            throw new DomainRuleViolationException("goals.weights-total", $"Objective '{id}' would bring the weights of {owner} in cycle '{CycleId}' to {total}%; they may total at most 100%.");
        }

        var objective = new Objective(id, owner, title, weight);
        if (parentId is { } parent)
        {
            RequireAlignable(objective, parent);
        }

        objective.ParentId = parentId;
        _objectives.Add(objective);
        if (!_byOwner.TryGetValue(owner, out var owned))
        {
            owned = [];
            _byOwner.Add(owner, owned);
        }

        owned.Add(objective);
        _byId.Add(id, objective);
        Record(new ObjectiveAdded(CycleId, id, owner, weight, parentId, on));
        return objective;
    }

    /// <summary>Adds a measurable key result to an objective.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <param name="id">The key result's id, unique within the set.</param>
    /// <param name="description">What is measured.</param>
    /// <param name="start">The value at the start.</param>
    /// <param name="target">The target value, different from the start.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="on">The day it is added.</param>
    /// <returns>The key result, its current value at the start value.</returns>
    /// <exception cref="DomainRuleViolationException">The id is taken, or start equals target.</exception>
    /// <exception cref="KeyNotFoundException">The objective is not in the set.</exception>
    public KeyResult AddKeyResult(ObjectiveId objectiveId, KeyResultId id, string description, decimal start, decimal target, string unit, LocalDate on)
    {
        var objective = this[objectiveId];
        Guard.Against.DefaultId(id);
        if (_keyResults.ContainsKey(id))
        {
            throw new DomainRuleViolationException("goals.duplicate-id", $"Cycle '{CycleId}' already has a key result '{id}'.");
        }

        var keyResult = objective.AddKeyResult(id, description, start, target, unit, start, null);
        _keyResults.Add(id, (objective, keyResult));
        Record(new KeyResultAdded(CycleId, objectiveId, id, start, target, unit, on));
        return keyResult;
    }

    /// <summary>Records the latest value of a key result.</summary>
    /// <param name="keyResultId">The key result.</param>
    /// <param name="value">The value measured.</param>
    /// <param name="on">The day it was measured: not before the previous measurement.</param>
    /// <exception cref="KeyNotFoundException">The key result is not in the set.</exception>
    /// <exception cref="DomainRuleViolationException">The day predates the previous measurement (<c>goals.progress-order</c>).</exception>
    public void RecordProgress(KeyResultId keyResultId, decimal value, LocalDate on)
    {
        if (!_keyResults.TryGetValue(keyResultId, out var found))
        {
            throw new KeyNotFoundException($"Cycle '{CycleId}' has no key result '{keyResultId}'.");
        }

        var keyResult = found.KeyResult;
        if (keyResult.LastUpdatedOn is { } last && on < last)
        {
            throw new DomainRuleViolationException("goals.progress-order", $"Progress on key result '{keyResultId}' was last recorded on {last:uuuu-MM-dd}; a measurement of {on:uuuu-MM-dd} predates it.");
        }

        var previous = keyResult.Current;
        keyResult.Current = value;
        keyResult.LastUpdatedOn = on;
        Record(new KeyResultProgressRecorded(CycleId, keyResultId, previous, value, on));
    }

    /// <summary>Restores a key result's latest value as read from a snapshot, without recording an event.</summary>
    internal void RestoreProgress(KeyResultId keyResultId, decimal current, LocalDate? lastUpdatedOn)
    {
        var keyResult = _keyResults[keyResultId].KeyResult;
        keyResult.Current = current;
        keyResult.LastUpdatedOn = lastUpdatedOn;
    }

    /// <summary>Aligns an objective to another one, or removes its alignment.</summary>
    /// <param name="id">The objective to align.</param>
    /// <param name="parentId">The objective it will align to, or <see langword="null"/> to align to none.</param>
    /// <param name="on">The day of the change.</param>
    /// <exception cref="KeyNotFoundException">Either objective is not in the set.</exception>
    /// <exception cref="DomainRuleViolationException">The parent's level is lower (<c>goals.alignment-level</c>), or the alignment would form a cycle (<c>goals.alignment-cycle</c>).</exception>
    public void AlignTo(ObjectiveId id, ObjectiveId? parentId, LocalDate on)
    {
        var objective = this[id];
        if (parentId is { } parent)
        {
            RequireAlignable(objective, parent);
        }

        objective.ParentId = parentId;
        Record(new ObjectiveAligned(CycleId, id, parentId, on));
    }

    /// <summary>Gives all of an owner's objectives new weights, which must total exactly 100%.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="weights">A weight for each of the owner's objectives, and for nothing else.</param>
    /// <param name="on">The day of the change.</param>
    /// <exception cref="DomainRuleViolationException">The weights miss an objective, name another owner's, fall outside 0 to 100, or do not total 100%.</exception>
    public void Reweight(GoalOwner owner, IReadOnlyDictionary<ObjectiveId, decimal> weights, LocalDate on)
    {
        Guard.Against.Null(owner);
        Guard.Against.Null(weights);
        var owned = ObjectivesOf(owner).ToList();
        foreach (var (objectiveId, weight) in weights)
        {
            if (!owned.Exists(o => o.Id == objectiveId))
            {
                throw new DomainRuleViolationException("goals.weights-total", $"Objective '{objectiveId}' is not one of {owner}'s in cycle '{CycleId}'.");
            }

            RequireWeight(objectiveId, weight);
        }

        var missing = owned.FirstOrDefault(o => !weights.ContainsKey(o.Id));
        if (missing is not null)
        {
            throw new DomainRuleViolationException("goals.weights-total", $"The new weights of {owner} in cycle '{CycleId}' leave out objective '{missing.Id}'.");
        }

        var total = weights.Values.Sum();
        if (total != 100)
        {
            throw new DomainRuleViolationException("goals.weights-total", $"The weights of {owner} in cycle '{CycleId}' total {total}%; they must total 100%.");
        }

        foreach (var objective in owned)
        {
            objective.Weight = weights[objective.Id];
        }

        Record(new ObjectivesReweighted(CycleId, owner, on));
    }

    /// <inheritdoc/>
    public override string ToString() => $"Goals of cycle {CycleId} ({_objectives.Count} objectives)";

    private static void RequireWeight(ObjectiveId id, decimal weight)
    {
        if (weight is < 0 or > 100)
        {
            throw new DomainRuleViolationException("goals.weights-total", $"Objective '{id}' has weight {weight}%; a weight lies between 0 and 100%.");
        }
    }

    private void RequireAlignable(Objective child, ObjectiveId parentId)
    {
        var parent = this[parentId];
        if (parent.Level < child.Level)
        {
            throw new DomainRuleViolationException(
                "goals.alignment-level",
                $"Objective '{child.Id}' ({child.Level}) cannot align to '{parentId}' ({parent.Level}): objectives cascade from the organisation to teams to individuals, never downwards.");
        }

        for (ObjectiveId? cursor = parentId; cursor is { } c; cursor = _byId[c].ParentId)
        {
            if (c == child.Id)
            {
                throw new DomainRuleViolationException("goals.alignment-cycle", $"Aligning objective '{child.Id}' to '{parentId}' would form a cycle: '{parentId}' already aligns, directly or through others, to '{child.Id}'.");
            }
        }
    }
}
