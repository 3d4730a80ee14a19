using Ardalis.GuardClauses;

namespace PerfDomain.Employees;

/// <summary>Identifies an employee.</summary>
/// <remarks>An immutable value; equality and ordering are ordinal on <see cref="Value"/>.</remarks>
public readonly record struct EmployeeId : IEntityId<EmployeeId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public EmployeeId(string value) => Value = Guard.Against.InvalidIdentifier(value, "EmployeeId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static EmployeeId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(EmployeeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
