using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace PerfDomain.Serialization;

/// <summary>
/// Reads one domain event with <see cref="PerfDomainJsonContext"/>, and when that fails finds the problem again in the
/// JSON itself, to report it at its path in the wire format's words: what System.Text.Json's messages say is never read.
/// </summary>
internal static class DomainEventReader
{
    private static readonly PerfDomainJsonContext Context = PerfDomainJsonContext.Default;

    public static IDomainEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, Context.IDomainEvent) ?? throw Problem("$", "expected an object (a domain event), found null");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw Explain(utf8Json, ex);
        }
    }

    private static JsonException Explain(ReadOnlySpan<byte> utf8Json, Exception failure)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException syntax)
        {
            var where = syntax.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {(syntax.BytePositionInLine ?? 0) + 1}: {At(utf8Json, line, syntax.BytePositionInLine ?? 0)}")
                : string.Empty;
            return Problem("$", $"malformed JSON{where}", failure);
        }

        using (document)
        {
            return Diagnose(document.RootElement) is { } found ? Problem(found.Path, found.Reason, failure) : Problem("$", "cannot be read as a domain event", failure);
        }
    }

    private static (string Path, string Reason)? Diagnose(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ("$", $"expected an object (a domain event), found {Found(root)}");
        }

        JsonElement? type = null;
        foreach (var member in root.EnumerateObject())
        {
            if (member.NameEquals(PerfDomainJson.TypeDiscriminatorPropertyName))
            {
                if (type is not null)
                {
                    return ("$.type", "the member 'type' appears more than once");
                }

                type = member.Value;
            }
        }

        if (type is not { } named)
        {
            return ("$", "the member 'type' is missing; it names the event, such as \"checkInRecorded\" (PerfDomainJson.EventTypes lists them)");
        }

        if (named.ValueKind != JsonValueKind.String)
        {
            return ("$.type", $"expected the name of a domain event as a string, found {Found(named)}");
        }

        var name = named.GetString()!;
        if (!PerfDomainJson.EventTypes.TryGetValue(name, out var eventType))
        {
            return ("$.type", $"{Quote(name)} is not a domain event type (PerfDomainJson.EventTypes lists them)");
        }

        return Members(root, Context.GetTypeInfo(eventType)!, "$", $"a {name} event", skip: PerfDomainJson.TypeDiscriminatorPropertyName);
    }

    /// <summary>The members of an object of <paramref name="info"/>'s type: repeated, of the wrong kind, null where the type has no null, missing.</summary>
    private static (string Path, string Reason)? Members(JsonElement value, JsonTypeInfo info, string path, string noun, string? skip = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            if (member.Name == skip)
            {
                continue;
            }

            var at = path + "." + member.Name;
            if (!seen.Add(member.Name))
            {
                return (at, $"the member '{member.Name}' appears more than once");
            }

            // Members the event does not have are skipped, so that an older reader reads a newer writer's events.
            if (info.Properties.FirstOrDefault(p => p.Name == member.Name) is { } property && Value(member.Value, property, at) is { } problem)
            {
                return problem;
            }
        }

        foreach (var property in info.Properties)
        {
            if (!seen.Contains(property.Name) && property.AssociatedParameter is { HasDefaultValue: false })
            {
                return (path, $"the member '{property.Name}' is missing; {noun} has the members {string.Join(", ", info.Properties.Select(p => p.Name))}");
            }
        }

        return null;
    }

    private static (string Path, string Reason)? Value(JsonElement value, JsonPropertyInfo property, string path)
    {
        var type = property.PropertyType;
        if (value.ValueKind == JsonValueKind.Null)
        {
            var nullable = Nullable.GetUnderlyingType(type) is not null || property.AssociatedParameter is { IsNullable: true };
            return nullable ? null : (path, $"expected {Expected(type)}, found null");
        }

        var info = Context.GetTypeInfo(type)!;
        try
        {
            JsonSerializer.Deserialize(value, info);
            return null;
        }
        catch (JsonException ex)
        {
            if (ex.InnerException is FormatException invalidId && IsId(Nullable.GetUnderlyingType(type) ?? type) && value.ValueKind == JsonValueKind.String)
            {
                // An id's own words (EntityIdText): "' e-1' is not an employee id: it starts or ends with white space."
                return (path, invalidId.Message.TrimEnd('.'));
            }

            return info.Kind == JsonTypeInfoKind.Object && value.ValueKind == JsonValueKind.Object && info.Properties.Count > 0
                ? Members(value, info, path, "it") ?? (path, $"expected {Expected(type)}, found {Found(value)}")
                : (path, $"expected {Expected(type)}, found {Found(value)}");
        }
    }

    private static string Expected(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Expected(underlying) + " or null";
        }

        if (IsId(type))
        {
            return EntityIdText.WithArticle(type) + " (text)";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)));
        }

        return type switch
        {
            _ when type == typeof(LocalDate) => "a date like 2026-06-30",
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(decimal) => "a number",
            _ when type == typeof(string) => "text",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(Goals.GoalOwner) => "a goal owner {\"level\", \"orgUnitId\", \"employeeId\"}",
            _ => $"an object ({string.Join(", ", Context.GetTypeInfo(type)!.Properties.Select(p => p.Name))})",
        };
    }

    // Every id type names EntityIdJsonConverter<TId> (no reflection over the type's interfaces, which trimming may remove).
    private static bool IsId(Type type) =>
        Context.GetTypeInfo(type)?.Converter.GetType() is { IsGenericType: true } converter && converter.GetGenericTypeDefinition() == typeof(EntityIdJsonConverter<>);

    private static string Found(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: <= 40 } text ? $"the string {Quote(text)}" : "a long string",
        JsonValueKind.Number => value.GetRawText() is { Length: <= 40 } number ? $"the number {number}" : "a long number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    /// <summary>What stands at a line and byte (from zero) of the text: the reader stopped there.</summary>
    private static string At(ReadOnlySpan<byte> utf8, long line, long position)
    {
        var offset = 0L;
        for (var l = 0L; l < line && offset < utf8.Length; l++)
        {
            var next = utf8[(int)offset..].IndexOf((byte)'\n');
            offset = next < 0 ? utf8.Length : offset + next + 1;
        }

        offset += position;
        var incomplete = offset >= utf8.Length
            || (utf8[(int)offset] is (byte)',' or (byte)':' or (byte)'{' or (byte)'[' && utf8[((int)offset + 1)..].IndexOfAnyExcept(" \t\r\n"u8) < 0);
        return incomplete ? "the text ends before the event does"
            : utf8[(int)offset] is >= 0x21 and < 0x7F and var c ? $"'{(char)c}' cannot stand here"
            : string.Create(CultureInfo.InvariantCulture, $"the byte 0x{utf8[(int)offset]:X2} cannot stand here");
    }

    private static string Quote(string text) =>
        "'" + string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "'";

    private static JsonException Problem(string path, string reason, Exception? inner = null) =>
        new($"{path}: {reason}.", path, null, null, inner);
}
