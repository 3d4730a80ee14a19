using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Policies.Parameters;

/// <summary>
/// Reads a parameter file, reporting every problem as an <see cref="InvalidParametersException"/>
/// in the words of the parameters (what a value should be, the parameters a section has), at a
/// path that exists in the file's format, never in the words of .NET.
/// </summary>
internal static class ParameterJson
{
    private const string UnmappedStart = "The JSON property '";
    private const string UnmappedMiddle = "' could not be mapped";

    private static readonly Dictionary<Type, (string Noun, string Has)> Sections = new()
    {
        [typeof(PolicyParameters)] = ("a parameter file", "has the sections"),
        [typeof(CadenceParameters)] = ("the review cadence", "has the parameters"),
        [typeof(ConsequenceParameters)] = ("the rating consequences", "have the parameters"),
        [typeof(DevelopmentParameters)] = ("the development triggers", "have the parameters"),
        [typeof(RewardParameters)] = ("the rewards", "have the parameters"),
    };

    /// <summary>Gets the options of the parameter file: camelCase, unknown members refused, numbers only as numbers.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads parameters; members left out keep their defaults, a document that is null is the defaults.</summary>
    public static PolicyParameters? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PolicyParameters>(json, Options);
        }
        catch (JsonException ex)
        {
            throw Translate(ex);
        }
    }

    /// <summary>An id as quoted in a message: <c>'u-eng'</c>, control characters written as <c>\u000a</c>.</summary>
    public static string Quote(string id) =>
        "'" + string.Concat(id.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "'";

    /// <summary>A key of a map (an id) as a path segment: <c>.u-eng</c>, or <c>['a b']</c> when it is not plain.</summary>
    public static string Key(string key) =>
        key.Length == 0 || key.AsSpan().IndexOfAny(".'[]() \t\r\n\"\\$") >= 0 || key.Any(char.IsControl)
            ? $"['{string.Concat(key.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))}']"
            : "." + key;

    private static InvalidParametersException Translate(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var line = ex.LineNumber is { } number ? $" (line {number + 1})" : string.Empty;
        var message = Plain(ex.Message);
        string reason;
        if (ex is ParameterValueException value)
        {
            reason = $"expected {ParameterBounds.Describe(Known(path)) ?? value.Expected}, found {value.Found}";
        }
        else if (ex.InnerException is JsonException syntax)
        {
            reason = "malformed JSON: " + Syntax(syntax);
        }
        else if (message.StartsWith(UnmappedStart, StringComparison.Ordinal) && message.Contains(UnmappedMiddle, StringComparison.Ordinal))
        {
            var name = message[UnmappedStart.Length..message.LastIndexOf(UnmappedMiddle, StringComparison.Ordinal)];
            var parent = Known(WithoutLast(path, name));
            var members = Members(parent);
            reason = members is { } section
                ? $"unknown parameter {Name(name)}; {section}"
                : $"unknown parameter {Name(name)}";
            path = parent;
        }
        else if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal) || ex.InnerException is InvalidOperationException or FormatException)
        {
            reason = $"expected {Expected(Known(path))}";
        }
        else
        {
            reason = "malformed JSON: " + Syntax(ex);
        }

        return new InvalidParametersException(Known(path), reason.TrimEnd('.') + line + ".", ex);
    }

    /// <summary>The longest start of a path that exists in the file's format (a member of a map is any key, written as <see cref="Key"/> writes it).</summary>
    private static string Known(string path)
    {
        var info = Options.GetTypeInfo(typeof(PolicyParameters));
        var i = 1;
        var known = new System.Text.StringBuilder("$");
        while (i < path.Length && info is not null)
        {
            int end;
            string? name = null;
            var index = false;
            if (path[i] == '.')
            {
                end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                name = path[(i + 1)..end];
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var close = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                name = path[(i + 2)..close];
                end = close + 2;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    break;
                }

                index = true;
                end = close + 1;
            }
            else
            {
                break;
            }

            JsonTypeInfo? next = null;
            if (info.Kind == JsonTypeInfoKind.Object && name is not null)
            {
                next = info.Properties.FirstOrDefault(p => p.Name == name) is { } property ? Options.GetTypeInfo(property.PropertyType) : null;
            }
            else if (info.Kind == JsonTypeInfoKind.Dictionary && name is not null)
            {
                next = Options.GetTypeInfo(info.ElementType!);
            }
            else if (info.Kind == JsonTypeInfoKind.Enumerable && index)
            {
                next = Options.GetTypeInfo(info.ElementType!);
            }

            if (next is null)
            {
                break;
            }

            known.Append(info.Kind == JsonTypeInfoKind.Dictionary ? Key(name!) : path[i..end]);
            info = next;
            i = end;
        }

        return known.ToString();
    }

    private static JsonTypeInfo? InfoAt(string path)
    {
        var known = Known(path);
        var info = Options.GetTypeInfo(typeof(PolicyParameters));
        foreach (var step in Steps(known))
        {
            info = step.Name is { } name && info.Kind == JsonTypeInfoKind.Object
                ? Options.GetTypeInfo(info.Properties.First(p => p.Name == name).PropertyType)
                : Options.GetTypeInfo(info.ElementType!);
        }

        return info;
    }

    private static IEnumerable<(string? Name, bool Index)> Steps(string path)
    {
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 1)..end], false);
                i = end;
            }
            else if (path[i + 1] == '\'')
            {
                var close = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                yield return (path[(i + 2)..close], false);
                i = close + 2;
            }
            else
            {
                yield return (null, true);
                i = path.IndexOf(']', i) + 1;
            }
        }
    }

    private static string? Members(string path, bool sentence = true)
    {
        var info = InfoAt(path);
        if (info is null || !Sections.TryGetValue(info.Type, out var section))
        {
            return null;
        }

        var names = List(info.Properties.Select(p => p.Name).ToList());
        return sentence ? $"{section.Noun} {section.Has} {names}" : $"{section.Noun}: {names}";
    }

    private static string Expected(string path)
    {
        if (ParameterBounds.Describe(path) is { } bounded)
        {
            return bounded;
        }

        var info = InfoAt(path);
        return info switch
        {
            null => "a value",
            { Kind: JsonTypeInfoKind.Object } when Sections.ContainsKey(info.Type) => $"an object ({Members(path, sentence: false)})",
            { Kind: JsonTypeInfoKind.Dictionary } => $"an object of ids to {ParameterBounds.Describe(path + ".*") ?? "whole numbers"}",
            { Kind: JsonTypeInfoKind.Enumerable } => $"an array of {ParameterBounds.Describe(path + "[*]") ?? "whole numbers"}",
            _ when info.Type == typeof(int) => "a whole number",
            _ when info.Type == typeof(double) => "a number",
            _ when info.Type == typeof(string) => "text",
            _ => "a value",
        };
    }

    private static string WithoutLast(string path, string name)
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

    private static string List(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Join(string.Empty, names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static string Name(string name) =>
        name.Length > 40 || name.Any(char.IsControl) ? $"(a name of {name.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)"
        : name.Contains('\'', StringComparison.Ordinal) ? $"\"{name}\""
        : $"'{name}'";

    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut >= 0 ? cut : message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.');
    }

    private static string Syntax(JsonException ex)
    {
        var message = Plain(ex.Message);
        return message.Contains("UTF-8", StringComparison.Ordinal) || message.Contains("UTF-16", StringComparison.Ordinal) || message.Contains("transcode", StringComparison.Ordinal)
            ? "the text is not valid UTF-8 (or holds an unpaired surrogate escape)"
            : Reworded(message);
    }

    // The reader's messages without its advice to programmers ("Change the reader options").
    private static string Reworded(string message)
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

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = true,
        };
        options.Converters.Add(new WholeNumberConverter());
        options.Converters.Add(new NumberConverter());
        options.Converters.Add(new TextConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>A value of the wrong kind, found by one of the converters below.</summary>
    private sealed class ParameterValueException(string expected, string found) : JsonException($"expected {expected}, found {found}.")
    {
        public string Expected { get; } = expected;

        public string Found { get; } = found;
    }

    private sealed class WholeNumberConverter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw new ParameterValueException("a whole number", Found(ref reader));

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class NumberConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw new ParameterValueException("a number", Found(ref reader));

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class TextConverter : JsonConverter<string>
    {
        public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                try
                {
                    return reader.GetString()!;
                }
                catch (InvalidOperationException)
                {
                    throw new ParameterValueException("text", "text that is not valid UTF-8 or holds an unpaired surrogate (\\ud800 without its pair)");
                }
            }

            throw new ParameterValueException("text", Found(ref reader));
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private static string Quoted(ref Utf8JsonReader reader)
    {
        try
        {
            var text = reader.GetString() ?? string.Empty;
            return text.Length > 40 || text.Any(char.IsControl) ? $"text of {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters"
                : text.Contains('\'', StringComparison.Ordinal) ? $"\"{text}\""
                : $"'{text}'";
        }
        catch (InvalidOperationException)
        {
            return "text that is not valid UTF-8";
        }
    }

    private static string Found(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.ValueSpan.Length <= 40 && !reader.HasValueSequence ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : "a long number",
        JsonTokenType.String => Quoted(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "another kind of value",
    };
}
