namespace PerfDomain;

/// <summary>
/// A strongly typed identifier: an opaque, case-sensitive, non-blank string chosen by the host
/// (its own primary key, a GUID, an HR number).
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>Identifiers compare ordinally; their JSON form is the bare string.</remarks>
public interface IEntityId<TSelf> : IComparable<TSelf>, IEquatable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>Gets the identifier's text.</summary>
    string Value { get; }

    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">The text: not blank, at most 200 characters, no leading or trailing white space.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    static abstract TSelf Create(string value);
}
