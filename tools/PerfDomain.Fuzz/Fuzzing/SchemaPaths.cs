using System.Text.Json.Nodes;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>
/// Tells whether a JSON path of an error names a place that exists in a format: each member
/// segment must be a property of the schema at that point (or a key of a map), each index
/// segment an item of an array.
/// </summary>
public sealed class SchemaPaths
{
    private readonly JsonObject _root;

    /// <summary>Initialises a new instance from a JSON Schema.</summary>
    /// <param name="schemaJson">The schema's text.</param>
    public SchemaPaths(string schemaJson)
    {
        _root = JsonNode.Parse(schemaJson)!.AsObject();
    }

    /// <summary>Why a path does not exist in the schema, or <see langword="null"/> when it does.</summary>
    /// <param name="path">A path such as <c>$.employees[3].reportingLines[0].managerId</c>.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public string? Problem(string path)
    {
        if (!TryParse(path, out var segments, out var error))
        {
            return error;
        }

        JsonObject? schema = _root;
        var walked = "$";
        foreach (var segment in segments)
        {
            schema = Resolve(schema!);
            if (segment.Index is not null)
            {
                schema = schema!["items"] as JsonObject;
                walked += $"[{segment.Index}]";
                if (schema is null)
                {
                    return $"{walked}: not an array in the format";
                }

                continue;
            }

            var name = segment.Name!;
            if (schema!["properties"] is JsonObject properties && properties[name] is JsonObject property)
            {
                schema = property;
            }
            else if (schema["additionalProperties"] is JsonObject map)
            {
                schema = map;
            }
            else
            {
                return $"{walked}: the format has no member '{name}' here";
            }

            walked += "." + name;
        }

        return null;
    }

    /// <summary>Splits a path into member names and indexes.</summary>
    /// <param name="path">The path.</param>
    /// <param name="segments">The segments.</param>
    /// <param name="error">Why the path is not well-formed.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryParse(string path, out List<Segment> segments, out string? error)
    {
        segments = [];
        error = null;
        if (!path.StartsWith('$'))
        {
            error = "the path does not start with $";
            return false;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                if (end == i + 1)
                {
                    error = $"an empty member name at {i}";
                    return false;
                }

                segments.Add(new Segment(path[(i + 1)..end], null));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    error = $"an unclosed ['…'] at {i}";
                    return false;
                }

                segments.Add(new Segment(path[(i + 2)..end], null));
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), out var index) || index < 0)
                {
                    error = $"a bad index at {i}";
                    return false;
                }

                segments.Add(new Segment(null, index));
                i = end + 1;
            }
            else
            {
                error = $"an unexpected '{path[i]}' at {i}";
                return false;
            }
        }

        return true;
    }

    private JsonObject Resolve(JsonObject schema)
    {
        // A "$ref" to "#/…" (the exporter writes one where a type recurs).
        for (var guard = 0; guard < 16 && schema["$ref"] is JsonValue reference && reference.GetValue<string>() is { } pointer && pointer.StartsWith("#", StringComparison.Ordinal); guard++)
        {
            JsonNode? target = _root;
            foreach (var part in pointer[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            schema = target as JsonObject ?? schema;
            if (target is null)
            {
                break;
            }
        }

        return schema;
    }

    /// <summary>A segment of a path: a member name or an index.</summary>
    /// <param name="Name">The member's name, or <see langword="null"/> for an index.</param>
    /// <param name="Index">The index, or <see langword="null"/> for a member.</param>
    public sealed record Segment(string? Name, int? Index);
}
