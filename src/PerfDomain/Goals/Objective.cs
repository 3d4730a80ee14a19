using System.Collections.ObjectModel;
using NodaTime;

namespace PerfDomain.Goals;

/// <summary>
/// A goal of one owner for one cycle, with its weight among the owner's objectives, the objective it
/// aligns to (cascading), and its measurable key results.
/// </summary>
/// <remarks>Owned by its <see cref="GoalSet"/>, which enforces the rules that span objectives.</remarks>
public sealed class Objective
{
    private readonly List<KeyResult> _keyResults = [];

    internal Objective(ObjectiveId id, GoalOwner owner, string title, decimal weight)
    {
        Id = id;
        Owner = owner;
        Title = title;
        Weight = weight;
        KeyResults = new ReadOnlyCollection<KeyResult>(_keyResults);
    }

    /// <summary>Gets the objective's identifier.</summary>
    public ObjectiveId Id { get; }

    /// <summary>Gets the owner.</summary>
    public GoalOwner Owner { get; }

    /// <summary>Gets the level, that of the owner.</summary>
    public GoalLevel Level => Owner.Level;

    /// <summary>Gets what the objective sets out to achieve.</summary>
    public string Title { get; }

    /// <summary>Gets the objective's weight among its owner's objectives of the cycle, in percent (0 to 100).</summary>
    public decimal Weight { get; internal set; }

    /// <summary>Gets the objective this one aligns to, or <see langword="null"/>.</summary>
    public ObjectiveId? ParentId { get; internal set; }

    /// <summary>Gets the key results.</summary>
    public IReadOnlyList<KeyResult> KeyResults { get; }

    /// <summary>Gets the mean progress of the key results (0 to 1), or 0 when there are none.</summary>
    public double Progress => _keyResults.Count == 0 ? 0 : _keyResults.Average(k => k.Progress);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title} ({Owner}, {Weight}%)";

    internal KeyResult AddKeyResult(KeyResultId id, string description, decimal start, decimal target, string unit, decimal current, LocalDate? lastUpdatedOn)
    {
        var keyResult = new KeyResult(id, description, start, target, unit, current, lastUpdatedOn);
        _keyResults.Add(keyResult);
        return keyResult;
    }
}
