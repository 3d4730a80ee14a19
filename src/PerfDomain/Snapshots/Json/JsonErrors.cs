using System.Globalization;
using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Turns System.Text.Json's exceptions into <see cref="InvalidSnapshotException"/>s in the format's
/// words, at paths that exist in the format (<see cref="SnapshotShape"/>).
/// </summary>
internal static class JsonErrors
{
    /// <summary>A line and a byte position in it, both counted from zero, as System.Text.Json counts them.</summary>
    public readonly record struct Location(long Line, long Position)
    {
        /// <summary>The location of a point given relative to this one (as a serializer reading one element reports it).</summary>
        public Location Then(long line, long position) => line == 0 ? new(Line, Position + position) : new(Line + line, position);

        public override string ToString() => $" (line {Line + 1}, position {Position + 1})";
    }

    /// <summary>
    /// Translates the serializer's failure to read the value at <paramref name="basePath"/>, which starts at
    /// <paramref name="start"/> and whose bytes begin <paramref name="value"/>. The problem is found again, in the
    /// value's own bytes, by <see cref="Diagnose"/>: what System.Text.Json's messages say is never read.
    /// </summary>
    public static InvalidSnapshotException Translate(JsonException ex, string basePath, Location start, ReadOnlySpan<byte> value)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? basePath : basePath + ex.Path[1..];
        var where = ex.LineNumber is { } line ? start.Then(line, ex.BytePositionInLine ?? 0).ToString() : string.Empty;
        if (ex is InvalidValueException invalid)
        {
            // The format's own converters: their words, at the member's path.
            return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, invalid.Reason.TrimEnd('.') + where + ".", ex);
        }

        if (ex.InnerException is JsonException syntax)
        {
            var fromBytes = syntax.LineNumber is { } syntaxLine && InvalidUtf8Near(value, syntaxLine, syntax.BytePositionInLine ?? 0)
                ? "the text is not valid UTF-8 (or holds an unpaired surrogate escape)"
                : FailingToken(value, ConsumedBeforeFailure(value));
            return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, "malformed JSON: " + Syntax(syntax, fromBytes).TrimEnd('.') + where + ".", ex);
        }

        if (Diagnose(value, basePath) is { } found)
        {
            return new InvalidSnapshotException(SnapshotShape.Locate(found.Path).Path, found.Reason.TrimEnd('.') + where + ".", ex);
        }

        // Not found again (no structural problem in the bytes): what the place expects.
        return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, $"expected {SnapshotShape.Locate(path).Shape.Expected}{where}.", ex);
    }

    /// <summary>
    /// Finds the first structural problem of the value in document order, as the serializer meets them: an unknown
    /// member (reported at its object, listing the object's members), a member given twice, an object or array where
    /// the format has something else (or the reverse). Values of members are the converters' business and are skipped.
    /// </summary>
    internal static (string Path, string Reason)? Diagnose(ReadOnlySpan<byte> value, string basePath)
    {
        var reader = new Utf8JsonReader(value, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = SnapshotJsonParser.MaxDepth * 2 });
        try
        {
            return reader.Read() ? Walk(ref reader, SnapshotShape.Locate(basePath).Shape, basePath) : null;
        }
        catch (JsonException)
        {
            // Past the problem the serializer met: the syntax is the scanner's business.
            return null;
        }
    }

    private static string? MemberName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static (string Path, string Reason)? Walk(ref Utf8JsonReader reader, SnapshotShape shape, string path)
    {
        var token = reader.TokenType;
        if (token == JsonTokenType.Null)
        {
            return null;
        }

        if (shape.IsObject)
        {
            if (token != JsonTokenType.StartObject)
            {
                return (path, $"expected {shape.Expected}");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (MemberName(ref reader) is not { } name)
                {
                    return (path, "malformed JSON: a member name is not valid UTF-8 (or holds an unpaired surrogate escape)");
                }

                if (shape.Member(name) is not { } member)
                {
                    return (path, Unknown(name, path));
                }

                if (!seen.Add(name))
                {
                    return (path + "." + name, $"the member '{name}' appears more than once");
                }

                reader.Read();
                if (Walk(ref reader, member, path + "." + name) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        if (shape.Items is { } items)
        {
            if (token != JsonTokenType.StartArray)
            {
                return (path, $"expected {shape.Expected}");
            }

            for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (Walk(ref reader, items, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        reader.Skip();
        return null;
    }

    /// <summary>A syntax error found by the reader itself, whose line numbers count from the start of the input.</summary>
    /// <param name="ex">The reader's exception.</param>
    /// <param name="path">Where the reader was.</param>
    /// <param name="fromBytes">What the bytes at the failure say it is (<see cref="FailingToken"/>), if they do.</param>
    public static InvalidSnapshotException Malformed(JsonException ex, string path, string? fromBytes)
    {
        var where = ex.LineNumber is { } line ? new Location(line, ex.BytePositionInLine ?? 0).ToString() : string.Empty;
        return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, "malformed JSON: " + Syntax(ex, fromBytes).TrimEnd('.') + where + ".", ex);
    }

    /// <summary>An error of our own at a known place in the input.</summary>
    public static InvalidSnapshotException At(string path, string reason, Location where) =>
        new(path, reason.TrimEnd('.') + where + ".");

    /// <summary>The reason for an unknown member of the object at <paramref name="objectPath"/>: its name, and the members the object has.</summary>
    public static string Unknown(string name, string objectPath)
    {
        var shape = SnapshotShape.Locate(objectPath).Shape;
        return shape.Noun is { } noun
            ? $"unknown member {Name(name)}; {noun} has the members {shape.MemberList()}."
            : $"unknown member {Name(name)}.";
    }

    /// <summary>A member name as shown in a message: quoted when short and printable.</summary>
    public static string Name(string name) =>
        name.Length > 40 || name.Any(char.IsControl) ? $"(a name of {Count(name.Length)} characters)"
        : name.Contains('\'', StringComparison.Ordinal) ? $"\"{name}\""
        : $"'{name}'";

    /// <summary>Formats a limit as a number with thousands separators, the same in every culture.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // What the bytes at the failure say (text that is not UTF-8, a trailing comma, a comment), else the reader's own
    // description of the syntax error, which speaks of JSON, not of .NET, shown as it is without its position.
    private static string Syntax(JsonException ex, string? fromBytes) => fromBytes ?? ReaderDescription(ex);

    /// <summary>
    /// The syntax errors the bytes after the last token the reader read (<paramref name="consumed"/> bytes) name
    /// themselves: a string that is not UTF-8, a comma before a closing bracket, a comment. Null for any other.
    /// </summary>
    internal static string? FailingToken(ReadOnlySpan<byte> data, long consumed)
    {
        if (FailingStringIsInvalidUtf8(data, consumed))
        {
            return "the text is not valid UTF-8 (or holds an unpaired surrogate escape)";
        }

        var i = SkipWhitespace(data, (int)Math.Min(consumed, data.Length));
        if (i < data.Length && data[i] == (byte)'/')
        {
            return "a comment, which JSON does not allow";
        }

        // The reader may stop before the comma or, having read it, at the bracket.
        var closing = i < data.Length && data[i] == (byte)',' ? SkipWhitespace(data, i + 1) : i;
        var comma = closing > i || LastBefore(data, i) == (byte)',';
        if (comma && closing < data.Length && data[closing] is (byte)']' or (byte)'}')
        {
            return data[closing] == (byte)']' ? "a comma after the last item of an array" : "a comma after the last member of an object";
        }

        return null;
    }

    /// <summary>How many bytes a reader of the whole text reads before it fails (all of them when it does not).</summary>
    internal static long ConsumedBeforeFailure(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = SnapshotJsonParser.MaxDepth * 2 });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
        }

        return reader.BytesConsumed;
    }

    // The reader's message ends with the position it also gives as properties; the position is told our way instead.
    private static string ReaderDescription(JsonException ex)
    {
        var message = ex.Message;
        var suffix = string.Create(CultureInfo.InvariantCulture, $" LineNumber: {ex.LineNumber} | BytePositionInLine: {ex.BytePositionInLine}.");
        return (message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message).TrimEnd('.');
    }

    private static byte LastBefore(ReadOnlySpan<byte> data, int i)
    {
        var before = data[..i].TrimEnd(" \t\r\n"u8);
        return before.IsEmpty ? (byte)0 : before[^1];
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> data, int i)
    {
        while (i < data.Length && data[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether the token the reader failed on, the first after the <paramref name="consumed"/> bytes it had read, is a
    /// string that is not valid UTF-8 (the reader validates strings as it reads them). Later bytes do not count: a
    /// buffer may end inside a character that the next one completes, and a later problem is not this one.
    /// </summary>
    internal static bool FailingStringIsInvalidUtf8(ReadOnlySpan<byte> data, long consumed)
    {
        var i = (int)Math.Min(consumed, data.Length);
        while (i < data.Length && data[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':')
        {
            i++;
        }

        if (i >= data.Length || data[i] != (byte)'"')
        {
            return false;
        }

        var end = i + 1;
        while (end < data.Length && data[end] != (byte)'"')
        {
            end += data[end] == (byte)'\\' ? 2 : 1;
        }

        var text = data[(i + 1)..Math.Min(end, data.Length)];
        return !text.IsEmpty && System.Text.Unicode.Utf8.ToUtf16(text, new char[text.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: false) == System.Buffers.OperationStatus.InvalidData;
    }

    /// <summary>Whether the bytes around a reported position (line and byte in it, from zero) start a sequence that is not UTF-8.</summary>
    internal static bool InvalidUtf8Near(ReadOnlySpan<byte> data, long line, long position)
    {
        var offset = 0;
        for (var l = 0L; l < line; l++)
        {
            var next = data[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return false;
            }

            offset += next + 1;
        }

        // From a few bytes before, at the first byte that starts a character, to a few bytes after.
        var from = (int)Math.Max(0, Math.Min(offset + position - 4, data.Length));
        while (from < data.Length && (data[from] & 0xC0) == 0x80)
        {
            from++;
        }

        var window = data[from..(int)Math.Min(data.Length, offset + position + 4)];
        return !window.IsEmpty && System.Text.Unicode.Utf8.ToUtf16(window, new char[window.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: false) == System.Buffers.OperationStatus.InvalidData;
    }
}
