using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Snapshots;

/// <summary>
/// The JSON Schema (draft 2020-12) of the snapshot format (see <c>docs/snapshot-format.md</c>),
/// generated from the types the reader binds, with the reader's own serializer options.
/// </summary>
/// <remarks>
/// <para>The schema describes the structure: member names (objects refuse unknown members, as the
/// reader does), JSON types, enum values (camelCase strings), dates (<c>uuuu-MM-dd</c>, format
/// <c>date</c>) and periods (ISO-8601 years, months, weeks and days, such as <c>P60D</c>). What the
/// reader checks beyond it — required members, references between ids, ordered dates, weights,
/// ratings on a cycle's scale — is not expressed; a snapshot that validates may still be refused,
/// with the JSON path of the problem.</para>
/// <para>Deterministic: the same build always gives the same text. Thread-safe.</para>
/// </remarks>
public static class SnapshotSchema
{
    /// <summary>The dialect the schema is written in.</summary>
    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>An ISO-8601 period of years, months, weeks or days, without time units or signs.</summary>
    private const string PeriodPattern = "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$";

    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>Writes the schema as indented JSON text.</summary>
    /// <returns>The JSON Schema of a snapshot document.</returns>
    public static string Write()
    {
        var exporter = new JsonSchemaExporterOptions { TransformSchemaNode = Transform };
        var generated = SnapshotJsonOptions.Indented.GetJsonSchemaAsNode(typeof(SnapshotDocument), exporter).AsObject();
        StripNullItems(generated);

        // A document is an object; only its members are optional.
        generated["type"] = "object";

        var schema = new JsonObject
        {
            ["$schema"] = Draft202012,
            ["title"] = "PerfDomain organisation snapshot",
            ["description"] = $"An organisation snapshot, schemaVersion {OrganizationSnapshot.CurrentSchemaVersion} (docs/snapshot-format.md). Generated from the reader's types: required members and cross-references are checked by the reader, not by this schema.",
        };
        foreach (var (name, value) in generated.ToList())
        {
            generated.Remove(name);
            schema[name] = value;
        }

        return schema.ToJsonString(SnapshotJsonOptions.Indented);
    }

    internal static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var declared = context.TypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var nullable = type != declared;
        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = Types("string", nullable), ["format"] = "date", ["pattern"] = DatePattern };
        }

        if (type == typeof(Period))
        {
            // A reference type: null is allowed like any other optional member.
            return new JsonObject { ["type"] = Types("string", nullable: true), ["pattern"] = PeriodPattern };
        }

        if (type.IsEnum)
        {
            return EnumSchema(type, nullable, context.TypeInfo.Options.PropertyNamingPolicy);
        }

        // The format's own converters of text and numbers, with the limits of the member (ValueAttributes.cs).
        var converter = (context.PropertyInfo is { } property ? ValueConverters.Of(property) : null) ?? context.TypeInfo.Options.GetTypeInfo(type).Converter;
        if (ValueSchema(converter, nullable) is { } value)
        {
            return value;
        }

        // An array of text (participants, labels): the exporter leaves out the items of a custom converter.
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && schema is JsonObject array && !array.ContainsKey("items")
            && ValueSchema(context.TypeInfo.Options.GetTypeInfo(context.TypeInfo.ElementType!).Converter, nullable: false) is { } items)
        {
            array["items"] = items;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject obj && !obj.ContainsKey("additionalProperties"))
        {
            // The reader refuses members it does not know.
            obj["additionalProperties"] = false;
        }

        return schema;
    }

    private static JsonObject? ValueSchema(System.Text.Json.Serialization.JsonConverter converter, bool nullable)
    {
        if (converter is NullableConverter<int> { Inner: var wholeInner })
        {
            converter = wholeInner;
        }
        else if (converter is NullableConverter<decimal> { Inner: var numberInner })
        {
            converter = numberInner;
        }

        switch (converter)
        {
            case TextConverter text:
                var textSchema = new JsonObject { ["type"] = Types("string", nullable: true) };
                if (text.MaxLength != int.MaxValue)
                {
                    textSchema["minLength"] = 1;
                    textSchema["maxLength"] = text.MaxLength;
                }

                return textSchema;
            case WholeNumberConverter whole:
                var wholeSchema = new JsonObject { ["type"] = Types("integer", nullable) };
                if (whole.Minimum != int.MinValue)
                {
                    wholeSchema["minimum"] = whole.Minimum;
                }

                if (whole.Maximum != int.MaxValue)
                {
                    wholeSchema["maximum"] = whole.Maximum;
                }

                return wholeSchema;
            case NumberConverter number:
                var numberSchema = new JsonObject { ["type"] = Types("number", nullable) };
                if (number.Minimum != decimal.MinValue)
                {
                    numberSchema["minimum"] = number.Minimum;
                }

                if (number.Maximum != decimal.MaxValue)
                {
                    numberSchema["maximum"] = number.Maximum;
                }

                return numberSchema;
        }

        return null;
    }

    internal static JsonObject EnumSchema(Type type, bool nullable, JsonNamingPolicy? naming)
    {
        var values = new JsonArray();
        foreach (var name in Enum.GetNames(type))
        {
            values.Add((JsonNode?)JsonValue.Create(naming?.ConvertName(name) ?? name));
        }

        if (nullable)
        {
            values.Add((JsonNode?)null);
        }

        return new JsonObject { ["type"] = Types("string", nullable), ["enum"] = values };
    }

    private static JsonNode Types(string type, bool nullable) => nullable ? new JsonArray(type, "null") : JsonValue.Create(type);

    // "Array items are never null" (docs/snapshot-format.md): the element types are nullable only so
    // that the reader can report a null item with its path.
    private static void StripNullItems(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["items"] is JsonObject items)
                {
                    if (items["type"] is JsonArray types)
                    {
                        var kept = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.GetValue<string>()).ToList();
                        items["type"] = kept.Count == 1 ? JsonValue.Create(kept[0]) : new JsonArray([.. kept.Select(k => (JsonNode?)JsonValue.Create(k))]);
                    }

                    if (items["enum"] is JsonArray values)
                    {
                        values.Remove(null);
                    }
                }

                foreach (var (_, value) in obj)
                {
                    StripNullItems(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    StripNullItems(item);
                }

                break;
        }
    }
}
