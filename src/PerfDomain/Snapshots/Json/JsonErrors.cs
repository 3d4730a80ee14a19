using System.Globalization;
using System.Text.Json;
using NodaTime.Text;

namespace PerfDomain.Snapshots.Json;

/// <summary>Turns System.Text.Json's exceptions into <see cref="InvalidSnapshotException"/>s with plain reasons.</summary>
internal static class JsonErrors
{
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
        var reason = ex.InnerException switch
        {
            JsonException syntax => "malformed JSON: " + Plain(syntax),
            UnparsableValueException unparsable => "invalid value: " + FirstLine(unparsable.Message),
            InvalidOperationException invalid => "the value has the wrong type: " + FirstLine(invalid.Message),
            FormatException format => "invalid value: " + FirstLine(format.Message),
            _ => Plain(ex),
        };
        return new InvalidSnapshotException(path, reason.TrimEnd('.') + where + ".", ex);
    }

    /// <summary>A syntax error found by the reader itself, whose line numbers count from the start of the input.</summary>
    public static InvalidSnapshotException Malformed(JsonException ex, string path)
    {
        var where = ex.LineNumber is { } line ? new Location(line, ex.BytePositionInLine ?? 0).ToString() : string.Empty;
        return new InvalidSnapshotException(path, "malformed JSON: " + Plain(ex).TrimEnd('.') + where + ".", ex);
    }

    /// <summary>An error of our own at a known place in the input.</summary>
    public static InvalidSnapshotException At(string path, string reason, Location where) =>
        new(path, reason.TrimEnd('.') + where + ".");

    /// <summary>Formats a limit as a number with thousands separators, the same in every culture.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plain(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut >= 0 ? cut : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        if (message.StartsWith("The JSON property '", StringComparison.Ordinal) && message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var name = message.Split('\'')[1];
            return $"unknown field '{name}'";
        }

        if (message.StartsWith("Duplicate property '", StringComparison.Ordinal))
        {
            return $"the member '{message.Split('\'')[1]}' appears more than once";
        }

        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            var type = message["The JSON value could not be converted to ".Length..].TrimEnd('.');
            return $"the value is not a valid {Describe(type)}";
        }

        return message.TrimEnd('.');
    }

    private static string Describe(string type) => type switch
    {
        _ when type.Contains("LocalDate", StringComparison.Ordinal) => "date (yyyy-MM-dd)",
        _ when type.Contains("Period", StringComparison.Ordinal) => "ISO-8601 period such as P60D",
        _ when type.Contains("Decimal", StringComparison.Ordinal) => "number",
        _ when type.Contains("Int32", StringComparison.Ordinal) => "whole number",
        _ when type.Contains("String", StringComparison.Ordinal) => "string",
        _ when type.Contains("List", StringComparison.Ordinal) => "array",
        _ when type.Contains("Document", StringComparison.Ordinal) => "object",
        _ => "value of the expected type",
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end >= 0 ? message[..end] : message;
    }
}
