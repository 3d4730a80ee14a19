using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

/// <summary>Describes the value a reader is on in the format's words, for "found …" in an error.</summary>
internal static class JsonTokens
{
    private const int Shown = 40;

    /// <summary>What the reader is on: <c>2.5</c>, <c>text "abc"</c>, <c>an object</c>, <c>true</c>…</summary>
    public static string Found(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                return raw.Length <= Shown
                    ? Encoding.UTF8.GetString(raw)
                    : $"a number of {raw.Length.ToString("N0", CultureInfo.InvariantCulture)} characters";
            case JsonTokenType.String:
                return TryGetString(ref reader, out var text) ? Text(text) : "text that is not valid UTF-8 or holds an unpaired surrogate (\\ud800 without its pair)";
            default:
                return Describe(reader.TokenType);
        }
    }

    /// <summary>A kind of token in the format's words.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.String => "text",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "another kind of value",
    };

    /// <summary>Some text as found: quoted when short, its length when long.</summary>
    public static string Text(string text) =>
        text.Length > Shown || text.Any(char.IsControl) ? $"text of {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters"
        : text.Contains('\'', StringComparison.Ordinal) ? $"\"{text}\""
        : $"'{text}'";

    /// <summary>Reads a string or member name, false when its UTF-8 or its escapes do not make valid text.</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>A member name for an error message; one that is not valid text is described instead.</summary>
    public static string Name(ref Utf8JsonReader reader) =>
        TryGetString(ref reader, out var name) ? name : "(a name that is not valid UTF-8)";

    /// <summary>The length in characters of the string the reader is on, without keeping it.</summary>
    public static int Length(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        if (!reader.ValueIsEscaped)
        {
            return Encoding.UTF8.GetCharCount(raw);
        }

        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            return reader.CopyString(chars);
        }
        catch (InvalidOperationException)
        {
            // Not valid text: its length in bytes bounds it, and its reader reports what it is.
            return raw.Length;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
