using Ardalis.GuardClauses;

namespace PerfDomain.Development;

/// <summary>Identifies an action of a development plan.</summary>
/// <remarks>An immutable value; equality and ordering are ordinal on <see cref="Value"/>.</remarks>
public readonly record struct DevelopmentActionId : IEntityId<DevelopmentActionId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public DevelopmentActionId(string value) => Value = Guard.Against.InvalidIdentifier(value, "DevelopmentActionId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static DevelopmentActionId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(DevelopmentActionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
