using Ardalis.GuardClauses;

namespace PerfDomain.Reviews;

/// <summary>Identifies a competency that reviews rate and development actions address.</summary>
/// <remarks>An immutable value; equality and ordering are ordinal on <see cref="Value"/>.</remarks>
public readonly record struct CompetencyId : IEntityId<CompetencyId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public CompetencyId(string value) => Value = Guard.Against.InvalidIdentifier(value, "CompetencyId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static CompetencyId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(CompetencyId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
