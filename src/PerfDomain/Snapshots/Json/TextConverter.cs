using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads a text member of the snapshot, refusing in the format's words what is not text, text that
/// is not valid UTF-8, and, for a member with a <see cref="TextAttribute"/> or <see cref="IdAttribute"/>,
/// blank or too long text (and an id padded with white space) — the same limits as the domain's.
/// </summary>
internal sealed class TextConverter : JsonConverter<string>
{
    public TextConverter(int maxLength = int.MaxValue, bool isId = false)
    {
        MaxLength = maxLength;
        IsId = isId;
        Expected = isId
            ? $"an id (text of at most {Count(maxLength)} characters)"
            : maxLength == int.MaxValue ? "text" : $"text of at most {Count(maxLength)} characters";
    }

    /// <summary>Gets the format's words for what the member holds.</summary>
    public string Expected { get; }

    public int MaxLength { get; }

    public bool IsId { get; }

    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        if (!JsonTokens.TryGetString(ref reader, out var text))
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        return Problem(text) is { } problem ? throw new InvalidValueException(problem) : text;
    }

    /// <summary>What is wrong with a text value of this member, in the format's words; <see langword="null"/> when nothing is.</summary>
    public string? Problem(string text)
    {
        if (MaxLength == int.MaxValue && !IsId)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return IsId ? "an id must not be blank." : $"must not be blank; expected {Expected}.";
        }

        if (text.Length > MaxLength)
        {
            return $"expected {Expected}, found text of {Count(text.Length)} characters.";
        }

        return IsId && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
            ? $"an id must not start or end with white space: {JsonTokens.Text(text)}."
            : null;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
