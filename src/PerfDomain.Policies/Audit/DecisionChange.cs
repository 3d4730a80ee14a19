using Ardalis.GuardClauses;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Audit;

/// <summary>A decision that both evaluations of a <see cref="DecisionComparison"/> made, with a material difference.</summary>
/// <remarks>Immutable; equality is structural (the fields in order).</remarks>
public sealed class DecisionChange : IEquatable<DecisionChange>
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="before">The decision as the first evaluation made it.</param>
    /// <param name="after">The decision as the second made it.</param>
    /// <param name="fields">What differs, by the decision format's names (<see cref="DecisionComparison.MaterialFields"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DecisionChange(Decision before, Decision after, IReadOnlyList<string> fields)
    {
        Before = Guard.Against.Null(before);
        After = Guard.Against.Null(after);
        Fields = Guard.Against.Null(fields);
    }

    /// <summary>Gets the decision as the first evaluation made it.</summary>
    public Decision Before { get; }

    /// <summary>Gets the decision as the second evaluation made it.</summary>
    public Decision After { get; }

    /// <summary>Gets what differs, by the decision format's names, such as <c>dueOn</c> or <c>explanation.packVersion</c>.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <inheritdoc/>
    public bool Equals(DecisionChange? other) =>
        other is not null && Before.Equals(other.Before) && After.Equals(other.After) && Fields.SequenceEqual(other.Fields, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DecisionChange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Before, After, Fields.Count);

    /// <summary>Describes the change in one line.</summary>
    /// <returns>The decision and the fields that differ.</returns>
    public override string ToString() => $"{After.Kind} for {After.EmployeeId}: {string.Join(", ", Fields)} changed";
}
