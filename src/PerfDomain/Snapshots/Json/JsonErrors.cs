using System.Globalization;
using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Turns System.Text.Json's exceptions into <see cref="InvalidSnapshotException"/>s in the format's
/// words, at paths that exist in the format (<see cref="SnapshotShape"/>).
/// </summary>
internal static class JsonErrors
{
    private const string UnmappedStart = "The JSON property '";
    private const string UnmappedMiddle = "' could not be mapped";
    private const string DuplicateStart = "Duplicate property '";
    private const string NotConvertedStart = "The JSON value could not be converted to";

    /// <summary>A line and a byte position in it, both counted from zero, as System.Text.Json counts them.</summary>
    public readonly record struct Location(long Line, long Position)
    {
        /// <summary>The location of a point given relative to this one (as a serializer reading one element reports it).</summary>
        public Location Then(long line, long position) => line == 0 ? new(Line, Position + position) : new(Line + line, position);

        public override string ToString() => $" (line {Line + 1}, position {Position + 1})";
    }

    /// <summary>Translates the serializer's failure to read the value at <paramref name="basePath"/>, which starts at <paramref name="start"/>.</summary>
    public static InvalidSnapshotException Translate(JsonException ex, string basePath, Location start)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? basePath : basePath + ex.Path[1..];
        var where = ex.LineNumber is { } line ? start.Then(line, ex.BytePositionInLine ?? 0).ToString() : string.Empty;
        var message = WithoutPosition(ex.Message);
        string reason;
        if (ex is InvalidValueException)
        {
            // The format's own converters: their words, at the member's path.
            reason = message;
        }
        else if (ex.InnerException is JsonException syntax)
        {
            reason = "malformed JSON: " + Syntax(syntax);
        }
        else if (message.StartsWith(UnmappedStart, StringComparison.Ordinal) && message.Contains(UnmappedMiddle, StringComparison.Ordinal))
        {
            var name = message[UnmappedStart.Length..message.LastIndexOf(UnmappedMiddle, StringComparison.Ordinal)];
            path = WithoutLastMember(path, name);
            return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, Unknown(name, path).TrimEnd('.') + where + ".", ex);
        }
        else if (message.StartsWith(DuplicateStart, StringComparison.Ordinal))
        {
            var (_, known) = SnapshotShape.Locate(path);
            var name = known.Length > 1 && known.LastIndexOf('.') is var dot and >= 0 ? known[(dot + 1)..] : "?";
            reason = $"the member '{name}' appears more than once";
        }
        else if (message.StartsWith(NotConvertedStart, StringComparison.Ordinal))
        {
            reason = $"expected {SnapshotShape.Locate(path).Shape.Expected}";
        }
        else
        {
            reason = "malformed JSON: " + Syntax(ex);
        }

        return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, reason.TrimEnd('.') + where + ".", ex);
    }

    /// <summary>A syntax error found by the reader itself, whose line numbers count from the start of the input.</summary>
    public static InvalidSnapshotException Malformed(JsonException ex, string path)
    {
        var where = ex.LineNumber is { } line ? new Location(line, ex.BytePositionInLine ?? 0).ToString() : string.Empty;
        return new InvalidSnapshotException(SnapshotShape.Locate(path).Path, "malformed JSON: " + Syntax(ex).TrimEnd('.') + where + ".", ex);
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

    /// <summary>The path of the object that holds the member <paramref name="name"/> at the end of <paramref name="path"/>.</summary>
    private static string WithoutLastMember(string path, string name)
    {
        foreach (var suffix in (string[])["." + name, $"['{name}']"])
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal))
            {
                return path[..^suffix.Length];
            }
        }

        return path;
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut >= 0 ? cut : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.');
    }

    // The reader's own description of a syntax error, which speaks of JSON, not of .NET.
    private static string Syntax(JsonException ex)
    {
        var message = WithoutPosition(ex.Message);
        if (message.Contains("UTF-8", StringComparison.Ordinal) || message.Contains("UTF-16", StringComparison.Ordinal) || message.Contains("transcode", StringComparison.Ordinal))
        {
            return "the text is not valid UTF-8 (or holds an unpaired surrogate escape)";
        }

        return Reworded(message);
    }

    /// <summary>The reader's messages without its advice to programmers ("Change the reader options").</summary>
    internal static string Reworded(string message)
    {
        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            return message.Contains("JSON array", StringComparison.Ordinal)
                ? "a comma after the last item of an array"
                : "a comma after the last member of an object";
        }

        var advice = message.IndexOf(" Change the reader options", StringComparison.Ordinal);
        return (advice >= 0 ? message[..advice] : message).Replace(" which is not supported in this mode", string.Empty, StringComparison.Ordinal).TrimEnd('.');
    }
}
