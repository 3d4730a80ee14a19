using Ardalis.GuardClauses;

namespace PerfDomain.Goals;

/// <summary>Identifies an objective (a goal, possibly with key results).</summary>
/// <remarks>An immutable value; equality and ordering are ordinal on <see cref="Value"/>.</remarks>
public readonly record struct ObjectiveId : IEntityId<ObjectiveId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public ObjectiveId(string value) => Value = Guard.Against.InvalidIdentifier(value, "ObjectiveId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static ObjectiveId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(ObjectiveId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
