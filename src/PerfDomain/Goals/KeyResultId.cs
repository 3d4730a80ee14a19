using Ardalis.GuardClauses;

namespace PerfDomain.Goals;

/// <summary>Identifies a key result of an objective.</summary>
/// <remarks>An immutable value; equality and ordering are ordinal on <see cref="Value"/>.</remarks>
public readonly record struct KeyResultId : IEntityId<KeyResultId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public KeyResultId(string value) => Value = Guard.Against.InvalidIdentifier(value, "KeyResultId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static KeyResultId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(KeyResultId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
