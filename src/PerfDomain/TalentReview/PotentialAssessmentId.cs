using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using PerfDomain.Serialization;

namespace PerfDomain.TalentReview;

/// <summary>Identifies a potential assessment of an employee in a cycle.</summary>
/// <remarks>
/// An immutable value; equality and ordering are ordinal on <see cref="Value"/>. Its text form is <see cref="Value"/>
/// (<see cref="Parse(string)"/>, <see cref="TryParse(string?, out PotentialAssessmentId)"/>); its JSON form is the bare string, also as a
/// dictionary key.
/// </remarks>
[JsonConverter(typeof(EntityIdJsonConverter<PotentialAssessmentId>))]
public readonly record struct PotentialAssessmentId : IEntityId<PotentialAssessmentId>
{
    /// <summary>Initialises a new identifier.</summary>
    /// <param name="value">The host's identifier text: not blank, at most 200 characters, not padded with white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid identifier.</exception>
    public PotentialAssessmentId(string value) => Value = Guard.Against.InvalidIdentifier(value, "PotentialAssessmentId");

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static PotentialAssessmentId Create(string value) => new(value);

    /// <summary>Reads an identifier from its text.</summary>
    /// <param name="s">The text: not blank, at most 200 characters, not padded with white space.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a valid identifier; the message says why.</exception>
    public static PotentialAssessmentId Parse(string s) => EntityIdText.Parse<PotentialAssessmentId>(s);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text: not blank, at most 200 characters, not padded with white space.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    public static PotentialAssessmentId Parse(string s, IFormatProvider? provider) => EntityIdText.Parse<PotentialAssessmentId>(s);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text: not blank, at most 200 characters, not padded with white space.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    public static PotentialAssessmentId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => EntityIdText.Parse<PotentialAssessmentId>(s);

    /// <summary>Tries to read an identifier from its text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is not a valid one.</param>
    /// <returns>Whether <paramref name="s"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PotentialAssessmentId result) => EntityIdText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out PotentialAssessmentId)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is not a valid one.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PotentialAssessmentId result) => EntityIdText.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out PotentialAssessmentId)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <param name="result">The identifier, or <c>default</c> when the text is not a valid one.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PotentialAssessmentId result) => EntityIdText.TryParse(s, out result);

    /// <inheritdoc/>
    public int CompareTo(PotentialAssessmentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Returns the identifier's text.</summary>
    /// <param name="format"><see langword="null"/>, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>The identifier's text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => EntityIdText.Format<PotentialAssessmentId>(Value, format);

    /// <summary>Tries to copy the identifier's text into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>Whether <paramref name="destination"/> was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        EntityIdText.TryFormat<PotentialAssessmentId>(Value, destination, out charsWritten, format);
}
