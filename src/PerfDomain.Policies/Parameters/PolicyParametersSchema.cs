using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Policies.Parameters;

/// <summary>
/// The JSON Schema (draft 2020-12) of a parameter file (<see cref="PolicyParameters.FromJson(string)"/>),
/// generated from <see cref="PolicyParameters"/> and its records.
/// </summary>
/// <remarks>
/// <para>Every member is optional (one left out keeps its default) and none may be <c>null</c> except
/// <c>ratingConsequences.recognitionRatingLabel</c>; objects refuse unknown members, as the reader
/// does. The bounds of every parameter are expressed (<c>minimum</c>, <c>maximum</c>,
/// <c>exclusiveMinimum</c>, <c>maxItems</c>, <c>maxLength</c>); the other checks of
/// <see cref="PolicyParameters.Validate"/> (increasing probation days, escalation order, a label on
/// the scale) are not.</para>
/// <para>The document itself must be an object (<see cref="PolicyParameters.FromJson(string)"/> refuses
/// <c>null</c>; <c>{}</c> is the defaults). Deterministic and thread-safe.</para>
/// </remarks>
public static class PolicyParametersSchema
{
    // The naming, unknown-member and number handling of PolicyParameters.FromJson; nullable
    // annotations are respected so that the schema refuses the nulls Validate refuses.
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Writes the schema as indented JSON text.</summary>
    /// <returns>The JSON Schema of a parameter file.</returns>
    public static string Write()
    {
        var exporter = new JsonSchemaExporterOptions { TransformSchemaNode = Transform };
        var generated = Options.GetJsonSchemaAsNode(typeof(PolicyParameters), exporter).AsObject();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "PerfDomain policy parameters",
            ["description"] = "A parameter file of the built-in policy packs, such as {\"reviewCadence\":{\"checkInIntervalDays\":14}}; members left out keep their defaults. Generated from PolicyParameters, with the bounds of every parameter (docs/policies.md); the other checks of PolicyParameters.Validate (increasing probation days, escalation order, a label on the scale) are not expressed.",
        };
        foreach (var (name, value) in generated.ToList())
        {
            generated.Remove(name);
            schema[name] = value;
        }

        // The document itself must be an object: FromJson refuses a file that is only null.
        schema["type"] = "object";

        return schema.ToJsonString(Options);
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject obj && !obj.ContainsKey("additionalProperties"))
        {
            // PolicyParameters.FromJson refuses members it does not know.
            obj["additionalProperties"] = false;
        }

        // The bounds of docs/policies.md (ParameterBounds), so that a validator checks them too.
        if (schema is JsonObject value)
        {
            ParameterBounds.Annotate(Path(context.Path), value);
        }

        return schema;
    }

    // The parameter a node of the schema describes: properties/x → .x, additionalProperties → .*, items → [*].
    private static string Path(ReadOnlySpan<string> schemaPath)
    {
        var path = new System.Text.StringBuilder("$");
        for (var i = 0; i < schemaPath.Length; i++)
        {
            switch (schemaPath[i])
            {
                case "properties" when i + 1 < schemaPath.Length:
                    path.Append('.').Append(schemaPath[++i]);
                    break;
                case "additionalProperties":
                    path.Append(".*");
                    break;
                case "items":
                    path.Append("[*]");
                    break;
            }
        }

        return path.ToString();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        options.TypeInfoResolver = ParameterJsonContext.Default;
        options.MakeReadOnly();
        return options;
    }
}
