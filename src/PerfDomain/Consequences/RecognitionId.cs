using Ardalis.GuardClauses;

namespace PerfDomain.Consequences;

/// <summary>Identifies a recognition or reward.</summary>
/// <remarks>An immutable value; equality and ordering are ordinal on <see cref="Value"/>.</remarks>
public readonly record struct RecognitionId : IEntityId<RecognitionId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public RecognitionId(string value) => Value = Guard.Against.InvalidIdentifier(value, "RecognitionId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static RecognitionId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(RecognitionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
