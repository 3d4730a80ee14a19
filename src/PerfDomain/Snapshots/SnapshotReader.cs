using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime.Text;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Snapshots;

/// <summary>Reads snapshots from their versioned JSON form (see <c>docs/snapshot-format.md</c>).</summary>
/// <remarks>
/// Reading is strict: malformed JSON, an unknown field, an unknown enum value, a missing required
/// field, an impossible date, a rating off the scale, a broken domain rule or a reference that does
/// not resolve all stop the read with one <see cref="InvalidSnapshotException"/> that gives the JSON
/// path of the first problem and a plain reason. Nothing is silently dropped. Thread-safe.
/// </remarks>
public static class SnapshotReader
{
    /// <summary>Reads a snapshot from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The text is not a valid snapshot.</exception>
    public static OrganizationSnapshot Read(string json)
    {
        Guard.Against.Null(json);
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        return Assemble(utf8);
    }

    /// <summary>Reads a snapshot from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot.</exception>
    public static OrganizationSnapshot Read(Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Assemble(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Reads a snapshot from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static OrganizationSnapshot ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    private static OrganizationSnapshot Assemble(ReadOnlyMemory<byte> utf8)
    {
        RequireSupportedVersion(utf8.Span);
        SnapshotDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SnapshotDocument>(utf8.Span, SnapshotJsonOptions.Reading);
        }
        catch (JsonException ex)
        {
            throw Translate(ex);
        }

        return SnapshotAssembler.Assemble(document ?? throw SnapshotPath.Root.Error("the snapshot is null; expected an object."));
    }

    /// <summary>
    /// Looks at the top-level <c>schemaVersion</c> before anything else, so that a snapshot of another
    /// version is refused for its version, not for the first field this version does not know.
    /// </summary>
    private static void RequireSupportedVersion(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                if (!reader.Read())
                {
                    return;
                }

                if (isVersion && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version != OrganizationSnapshot.CurrentSchemaVersion)
                {
                    throw SnapshotPath.Root.Field("schemaVersion").Error($"schema version {version} is not supported; this reader reads version {OrganizationSnapshot.CurrentSchemaVersion}.");
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported, with its position, by the full read that follows.
        }
    }

    private static InvalidSnapshotException Translate(JsonException ex)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})" : string.Empty;
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
