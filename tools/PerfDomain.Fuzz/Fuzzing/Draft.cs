using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>
/// A mutant in the making: the seed's top-level members, of which only those changed are cloned.
/// Writes what no <see cref="JsonNode"/> can hold: a member given twice, and raw JSON text (a
/// number past every .NET type, an escaped lone surrogate, nesting past the node's limit).
/// </summary>
internal sealed class Draft
{
    private const string RawSentinel = "\u0001raw:";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        SkipValidation = true,
        Indented = false,
        MaxDepth = 100_000,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<JsonObject, List<(string Name, JsonNode? Value)>> _duplicates = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _raw = new(StringComparer.Ordinal);

    public Draft(Seed seed)
    {
        Seed = seed;
        Members = [.. seed.Members.Select(m => new DraftMember(m.Name, m.Value, m.Elements?.Select(e => new DraftElement(e)).ToList()))];
    }

    public Seed Seed { get; }

    public List<DraftMember> Members { get; }

    /// <summary>A value that is written as the given JSON text, exactly.</summary>
    public JsonNode Raw(string json)
    {
        var key = RawSentinel + _raw.Count.ToString(CultureInfo.InvariantCulture);
        _raw[key] = json;
        return JsonValue.Create(key);
    }

    /// <summary>Writes the member <paramref name="name"/> of <paramref name="owner"/> once more, with another value.</summary>
    public void Duplicate(JsonObject owner, string name, JsonNode? value)
    {
        if (!_duplicates.TryGetValue(owner, out var list))
        {
            _duplicates[owner] = list = [];
        }

        list.Add((name, value));
    }

    /// <summary>The member's value, cloned on first change so that the seed is never touched.</summary>
    public JsonNode? EditableValue(DraftMember member)
    {
        if (!member.Owned)
        {
            member.Value = member.Value?.DeepClone();
            member.Owned = true;
        }

        return member.Value;
    }

    /// <summary>The element's tree, cloned on first change.</summary>
    public static JsonNode? EditableElement(DraftElement element)
    {
        if (element.Source is { } source)
        {
            element.Node = source.Node.DeepClone();
            element.Source = null;
        }

        return element.Node;
    }

    public byte[] Write()
    {
        var buffer = new ArrayBufferWriter<byte>(Seed.Text.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var member in Members)
            {
                writer.WritePropertyName(member.Name);
                if (member.Elements is { } elements)
                {
                    writer.WriteStartArray();
                    foreach (var element in elements)
                    {
                        if (element.Source is { } source)
                        {
                            writer.WriteRawValue(source.Json, skipInputValidation: true);
                        }
                        else
                        {
                            WriteNode(writer, element.Node);
                        }
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    WriteNode(writer, member.Value);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj)
                {
                    writer.WritePropertyName(name);
                    WriteNode(writer, value);
                }

                if (_duplicates.TryGetValue(obj, out var again))
                {
                    foreach (var (name, value) in again)
                    {
                        writer.WritePropertyName(name);
                        WriteNode(writer, value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValue value:
                if (value.TryGetValue<string>(out var text) && text.StartsWith(RawSentinel, StringComparison.Ordinal) && _raw.TryGetValue(text, out var raw))
                {
                    writer.WriteRawValue(raw, skipInputValidation: true);
                }
                else
                {
                    value.WriteTo(writer);
                }

                break;
        }
    }
}

/// <summary>A top-level member of a draft.</summary>
internal sealed class DraftMember(string name, JsonNode? value, List<DraftElement>? elements)
{
    public string Name { get; set; } = name;

    public JsonNode? Value { get; set; } = value;

    /// <summary>Gets or sets a value indicating whether <see cref="Value"/> is this draft's own (cloned or new).</summary>
    public bool Owned { get; set; }

    public List<DraftElement>? Elements { get; set; } = elements;
}

/// <summary>An element of a draft's collection: the seed's, unchanged, or a tree of its own.</summary>
internal sealed class DraftElement
{
    public DraftElement(SeedElement source)
    {
        Source = source;
    }

    public DraftElement(JsonNode? node)
    {
        Node = node;
    }

    public SeedElement? Source { get; set; }

    public JsonNode? Node { get; set; }
}
