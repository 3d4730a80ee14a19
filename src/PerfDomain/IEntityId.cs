namespace PerfDomain;

/// <summary>
/// A strongly typed identifier: an opaque, case-sensitive, non-blank string chosen by the host
/// (its own primary key, a GUID, an HR number).
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// Identifiers compare ordinally. Their text form is <see cref="Value"/>: <see cref="IParsable{TSelf}"/> and
/// <see cref="ISpanParsable{TSelf}"/> read it (invalid text is a <see cref="FormatException"/> that names the
/// identifier in plain words), <see cref="IFormattable"/> and <see cref="ISpanFormattable"/> write it (format
/// <c>null</c>, empty or <c>"G"</c>; the format provider is ignored). Their JSON form is the bare string, as a value
/// and as a dictionary key (<see cref="Serialization.EntityIdJsonConverter{TId}"/>).
/// </remarks>
public interface IEntityId<TSelf> : IComparable<TSelf>, IEquatable<TSelf>, ISpanParsable<TSelf>, ISpanFormattable
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
