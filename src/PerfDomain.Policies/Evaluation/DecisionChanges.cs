using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>What an incremental update changed: the decisions that appeared and those withdrawn.</summary>
/// <remarks>Both lists are in the documented decision order. Immutable.</remarks>
public sealed class DecisionChanges
{
    internal DecisionChanges(IReadOnlyList<Decision> added, IReadOnlyList<Decision> withdrawn, int factsChanged)
    {
        Added = added;
        Withdrawn = withdrawn;
        FactsChanged = factsChanged;
    }

    /// <summary>Gets the decisions that hold now and did not before.</summary>
    public IReadOnlyList<Decision> Added { get; }

    /// <summary>Gets the decisions that held before and do not now.</summary>
    public IReadOnlyList<Decision> Withdrawn { get; }

    /// <summary>Gets how many facts were inserted, updated or retracted to bring the partition up to date.</summary>
    public int FactsChanged { get; }

    /// <summary>Gets whether nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Withdrawn.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Added.Count} added, {Withdrawn.Count} withdrawn ({FactsChanged} facts changed)";
}
