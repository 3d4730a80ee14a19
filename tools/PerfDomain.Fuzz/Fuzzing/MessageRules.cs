using System.Text.RegularExpressions;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>
/// What an error message may not say: .NET type names and framework wording, which mean nothing
/// to the author of a snapshot or a parameter file.
/// </summary>
public static partial class MessageRules
{
    /// <summary>Words and phrases of .NET and its libraries, compared case-sensitively.</summary>
    public static readonly IReadOnlyList<string> DenyList =
    [
        "System.", "Int16", "Int32", "Int64", "UInt", "Decimal", "Double", "Single", "Boolean", "'String'", "DateTime",
        "token type", "TokenType", "JsonTokenType", "could not be converted", "out of bounds", "Nullable", "LocalDate",
        "NodaTime", "Exception", "Parameter '", "(Parameter", "Parameter name", "Path: ", "LineNumber", "BytePositionInLine",
        "The JSON value", "JSON property", ".NET", "Utf8", "List`", "Dictionary`", "IReadOnly", "Document'", "Document.",
        "Value being parsed", "converter", "deserializ", "Deserializ", "Serializ", "object reference", "Object reference",
        "Index was", "Sequence contains", "The given key", "Collection was modified", "Operation is not valid",
        "Cannot get the value", "Cannot read", "Arg_", "Specified argument", "maximum year of the calendar", "StartObject",
        "StartArray", "EndObject", "EndArray", "PropertyName", "GetString", "TryGet", "instance of", "typeof", "null reference",
        "must be set; default(", "Guard.", "Ardalis", "reader options", "this mode",
    ];

    /// <summary>What is wrong with a reason, or <see langword="null"/> when nothing is.</summary>
    /// <param name="reason">The reason, without the path.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? Problem(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "the reason is empty";
        }

        // What the input said (quoted) may say anything: only our own words are judged.
        var own = Quoted().Replace(reason, "'…'");
        foreach (var word in DenyList)
        {
            if (own.Contains(word, StringComparison.Ordinal))
            {
                return $"framework wording: '{word}'";
            }
        }

        if (CodeName().Match(own) is { Success: true } code)
        {
            return $"a type name: '{code.Value}'";
        }

        return reason.EndsWith('.') ? null : "the reason does not end with a full stop";
    }

    /// <summary>A reason without its <c>(line L, position P)</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The reason without the position.</returns>
    public static string WithoutPosition(string reason) => Position().Replace(reason, string.Empty);

    /// <summary>The shape of a reason: numbers, quoted text and positions replaced, to count kinds of messages.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The template.</returns>
    public static string Template(string reason)
    {
        var text = Quoted().Replace(WithoutPosition(reason), "'…'");
        text = Date().Replace(text, "D");
        return Number().Replace(text, "N");
    }

    // PascalCase names that end like a C# type: EmployeeId, SnapshotDocument, CadenceParameters.
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Id|Document|Exception|Parameters|Snapshot|Options)\b")]
    private static partial Regex CodeName();

    [GeneratedRegex(@" \(line \d+, position \d+\)")]
    private static partial Regex Position();

    // The input echoed: 'text', or "text" when it holds a quote.
    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"-?\d{4,}-\d{2}-\d{2}")]
    private static partial Regex Date();

    [GeneratedRegex(@"\d[\d,.]*")]
    private static partial Regex Number();
}
