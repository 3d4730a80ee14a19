using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Policies.Parameters;

/// <summary>
/// Reads a parameter file, reporting every problem as an <see cref="InvalidParametersException"/>
/// in the words of the parameters (what a value should be, the parameters a section has), at a
/// path that exists in the file's format, never in the words of .NET.
/// </summary>
internal static class ParameterJson
{
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

    /// <summary>Gets the metadata of a whole parameter file under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<PolicyParameters> Info { get; } = (JsonTypeInfo<PolicyParameters>)Options.GetTypeInfo(typeof(PolicyParameters));

    /// <summary>Reads parameters from text; members left out keep their defaults; a leading byte order mark is skipped; a document that is null is refused.</summary>
    public static PolicyParameters Read(string json)
    {
        json = json.StartsWith('\uFEFF') ? json[1..] : json;
        if (System.Text.Unicode.Utf8.FromUtf16(json, new byte[Encoding.UTF8.GetMaxByteCount(json.Length)], out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.InvalidData)
        {
            // No JSON text holds a lone surrogate character; System.Text.Json would refuse it with an ArgumentException.
            throw new InvalidParametersException("$", $"malformed JSON: the text holds an unpaired surrogate character (U+D800 to U+DFFF without its pair) after {written.ToString(CultureInfo.InvariantCulture)} bytes of UTF-8.");
        }

        PolicyParameters? read;
        try
        {
            read = JsonSerializer.Deserialize(json, Info);
        }
        catch (JsonException ex)
        {
            throw Translate(ex, json);
        }

        return read is null ? throw NullDocument() : OverDefaults(json);
    }

    /// <summary>Reads parameters from UTF-8 bytes, as a snapshot is read: a byte order mark is skipped, UTF-16 and UTF-32 are refused by name.</summary>
    public static PolicyParameters Read(ReadOnlySpan<byte> utf8Json)
    {
        if (JsonTextEncoding.OtherEncoding(utf8Json) is { } encoding)
        {
            throw new InvalidParametersException("$", JsonTextEncoding.Refusal(encoding, "a parameter file"));
        }

        utf8Json = utf8Json[JsonTextEncoding.Utf8MarkLength(utf8Json)..];
        if (System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return Read(Encoding.UTF8.GetString(utf8Json));
        }

        var valid = 0;
        while (System.Text.Rune.DecodeFromUtf8(utf8Json[valid..], out _, out var length) == System.Buffers.OperationStatus.Done)
        {
            valid += length;
        }

        throw new InvalidParametersException("$", $"malformed JSON: the text is not UTF-8 after {valid.ToString(CultureInfo.InvariantCulture)} bytes.");
    }

    // A file that is only null would otherwise be the defaults, silently: a snapshot refuses it too.
    private static InvalidParametersException NullDocument() =>
        new("$", "must not be null; a parameter file is an object of sections, and {} keeps every default.");

    /// <summary>
    /// The file's values over the defaults. Source-generated metadata creates a record with all its init-only members
    /// at once, so a member the file leaves out would get its type's default (0, null) rather than the record's: the
    /// file, already read once without error (its errors are reported at its own lines), is written over the defaults'
    /// JSON section by section and read again.
    /// </summary>
    private static PolicyParameters OverDefaults(string json)
    {
        var merged = JsonNode.Parse(JsonSerializer.Serialize(PolicyParameters.Default, Info))!.AsObject();
        using var file = JsonDocument.Parse(json);
        foreach (var section in file.RootElement.EnumerateObject())
        {
            if (section.Value.ValueKind == JsonValueKind.Object && merged[section.Name] is JsonObject defaults)
            {
                foreach (var member in section.Value.EnumerateObject())
                {
                    defaults[member.Name] = JsonNode.Parse(member.Value.GetRawText());
                }
            }
            else
            {
                merged[section.Name] = JsonNode.Parse(section.Value.GetRawText());
            }
        }

        return merged.Deserialize(Info)!;
    }

    /// <summary>An id as quoted in a message: <c>'u-eng'</c>, control characters written as <c>\u000a</c>.</summary>
    public static string Quote(string id) =>
        "'" + string.Concat(id.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "'";

    /// <summary>A key of a map (an id) as a path segment: <c>.u-eng</c>, or <c>['a b']</c> when it is not plain.</summary>
    public static string Key(string key) =>
        key.Length == 0 || key.AsSpan().IndexOfAny(".'[]() \t\r\n\"\\$") >= 0 || key.Any(char.IsControl)
            ? $"['{string.Concat(key.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))}']"
            : "." + key;

    // The problem is found again in the text itself: what System.Text.Json's messages say is never read.
    private static InvalidParametersException Translate(JsonException ex, string json)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var line = ex.LineNumber is { } number ? $" (line {number + 1})" : string.Empty;
        string reason;
        if (ex is ParameterValueException value)
        {
            reason = $"expected {ParameterBounds.Describe(Known(path)) ?? value.Expected}, found {value.Found}";
        }
        else if (ex.InnerException is JsonException syntax)
        {
            reason = "malformed JSON: " + Syntax(syntax, json);
        }
        else if (Diagnose(json) is { } found)
        {
            (path, reason) = found;
        }
        else
        {
            // A value the converters never saw (null where a number must be): what the place expects.
            reason = $"expected {Expected(Known(path))}";
        }

        return new InvalidParametersException(Known(path), reason.TrimEnd('.') + line + ".", ex);
    }

    /// <summary>
    /// The first structural problem of a parameter file in document order, as the serializer meets them: an unknown
    /// parameter or section (reported at its section, listing what the section has), or an object or array where the
    /// format has something else. Values are the converters' business and are skipped.
    /// </summary>
    internal static (string Path, string Reason)? Diagnose(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            return reader.Read() ? Walk(ref reader, Options.GetTypeInfo(typeof(PolicyParameters)), "$") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string Path, string Reason)? Walk(ref Utf8JsonReader reader, JsonTypeInfo info, string path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when Sections.ContainsKey(info.Type):
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return (path, $"expected {Expected(path)}");
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name;
                    try
                    {
                        name = reader.GetString()!;
                    }
                    catch (InvalidOperationException)
                    {
                        return (path, "malformed JSON: a name holds an unpaired surrogate escape (\\ud800 without its pair)");
                    }

                    if (!seen.Add(name))
                    {
                        return (path + "." + name, $"the member {Name(name)} appears more than once");
                    }

                    if (info.Properties.FirstOrDefault(p => p.Name == name) is not { } property)
                    {
                        return (path, Members(path) is { } section ? $"unknown parameter {Name(name)}; {section}" : $"unknown parameter {Name(name)}");
                    }

                    reader.Read();
                    if (Walk(ref reader, Options.GetTypeInfo(property.PropertyType), path + "." + name) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonTypeInfoKind.Dictionary:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return (path, $"expected {Expected(path)}");
                }

                var keys = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    if (!keys.Add(key))
                    {
                        return (path + Key(key), $"the member {Name(key)} appears more than once");
                    }

                    reader.Read();
                    reader.Skip();
                }

                return null;
            case JsonTypeInfoKind.Enumerable:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return (path, $"expected {Expected(path)}");
                }

                reader.Skip();
                return null;
            default:
                reader.Skip();
                return null;
        }
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

    private static string List(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Join(string.Empty, names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static string Name(string name) =>
        name.Length > 40 || name.Any(char.IsControl) ? $"(a name of {name.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)"
        : name.Contains('\'', StringComparison.Ordinal) ? $"\"{name}\""
        : $"'{name}'";

    // A trailing comma or a comment is named from the text where the reader stopped; any other syntax error by the
    // reader's own description, shown as it is without its position. (A lone surrogate, the one way a string can fail
    // to be UTF-8, is refused before reading.)
    private static string Syntax(JsonException ex, string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
        }

        var rest = utf8.AsSpan((int)reader.BytesConsumed).TrimStart(" \t\r\n"u8);
        if (rest.StartsWith("/"u8))
        {
            return "a comment, which JSON does not allow";
        }

        // The reader may stop before the comma or, having read it, at the bracket.
        var afterComma = rest.StartsWith(","u8) ? rest[1..].TrimStart(" \t\r\n"u8)
            : utf8.AsSpan(0, (int)reader.BytesConsumed).TrimEnd(" \t\r\n"u8).EndsWith(","u8) ? rest
            : [];
        if (afterComma is [(byte)']' or (byte)'}', ..])
        {
            return afterComma[0] == (byte)']' ? "a comma after the last item of an array" : "a comma after the last member of an object";
        }

        var suffix = string.Create(CultureInfo.InvariantCulture, $" LineNumber: {ex.LineNumber} | BytePositionInLine: {ex.BytePositionInLine}.");
        return (ex.Message.EndsWith(suffix, StringComparison.Ordinal) ? ex.Message[..^suffix.Length] : ex.Message).TrimEnd('.');
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            // The last of two equal members would silently win: refuse instead, as a snapshot does.
            AllowDuplicateProperties = false,
            WriteIndented = true,
        };
        options.Converters.Add(new WholeNumberConverter());
        options.Converters.Add(new NumberConverter());
        options.Converters.Add(new TextConverter());
        options.TypeInfoResolver = ParameterJsonContext.Default;
        options.MakeReadOnly();
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

        // The keys of the overrides (ids): the source-generated metadata asks the options' converter of text for them.
        public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw new ParameterValueException("an id", "a name that is not valid UTF-8 or holds an unpaired surrogate (\\ud800 without its pair)");
            }
        }

        public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
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
