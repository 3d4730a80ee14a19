using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

/// <summary>
/// <see cref="SnapshotSchema"/>: generated from the reader's types, it describes what the reader
/// accepts. A small validator below covers the subset of JSON Schema the exporter emits.
/// </summary>
public sealed class SnapshotSchemaTests
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json");

    private static readonly JsonObject Schema = JsonNode.Parse(SnapshotSchema.Write())!.AsObject();

    [Fact]
    public void Write_IsDraft202012_AndDeterministic()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)Schema["$schema"]);
        Assert.Equal("object", (string?)Schema["type"]);
        Assert.Equal(SnapshotSchema.Write(), SnapshotSchema.Write());
    }

    [Fact]
    public void EveryObject_RefusesUnknownMembers()
    {
        var objects = Walk(Schema).OfType<JsonObject>().Where(o => o["properties"] is not null).ToList();

        Assert.True(objects.Count > 20);
        Assert.All(objects, o => Assert.False((bool)o["additionalProperties"]!));
    }

    [Fact]
    public void Enums_AreTheirCamelCaseNames()
    {
        var status = Schema["properties"]!["employees"]!["items"]!["properties"]!["statusHistory"]!["items"]!["properties"]!["status"]!;

        Assert.Equal(["probation", "active", "onLeave", "terminated", null], status["enum"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void Dates_AreStringsOfFormatDate()
    {
        var hireDate = Schema["properties"]!["employees"]!["items"]!["properties"]!["hireDate"]!;

        Assert.Equal("date", (string?)hireDate["format"]);
        Assert.Contains("string", hireDate["type"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void TopLevel_DescribesEveryCollection()
    {
        var names = Schema["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal(
            ["schemaVersion", "organization", "orgUnits", "employees", "cycles", "cycleRecords", "objectives", "checkIns", "feedbackNotes", "reviews", "developmentPlans", "recognitions", "improvementPlans", "payRanges", "compensation", "potentialAssessments"],
            names);
    }

    [Fact]
    public void Sample_Validates()
    {
        Assert.Empty(Validate(Schema, JsonNode.Parse(File.ReadAllText(SamplePath)), "$"));
    }

    [Fact]
    public void WrittenSnapshot_Validates()
    {
        var written = SnapshotWriter.Write(SnapshotReader.Read(ValidSnapshotJson.Text));

        Assert.Empty(Validate(Schema, JsonNode.Parse(written), "$"));
    }

    [Fact]
    public void UnknownMember_DoesNotValidate()
    {
        var sample = JsonNode.Parse(File.ReadAllText(SamplePath))!;
        sample["cycles"]![0]!["ratingScale"]!["colour"] = "blue";

        Assert.Equal(["$.cycles[0].ratingScale.colour: unknown member"], Validate(Schema, sample, "$"));
    }

    [Fact]
    public void WrongEnumValue_DoesNotValidate()
    {
        var sample = JsonNode.Parse(File.ReadAllText(SamplePath))!;
        sample["cycles"]![0]!["windows"]![0]!["stage"] = "Review";

        Assert.Equal(["$.cycles[0].windows[0].stage: 'Review' is not in the enum"], Validate(Schema, sample, "$"));
    }

    [Fact]
    public void WrongType_DoesNotValidate()
    {
        var sample = JsonNode.Parse(File.ReadAllText(SamplePath))!;
        sample["employees"]![0]!["roleHistory"]![0]!["level"] = "three";

        Assert.Equal(["$.employees[0].roleHistory[0].level: a string, expected integer, null"], Validate(Schema, sample, "$"));
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Walk))
        {
            yield return descendant;
        }
    }

    // type, properties, additionalProperties (false or a schema), items, enum, pattern: what the exporter emits.
    private static List<string> Validate(JsonNode schema, JsonNode? value, string path)
    {
        var errors = new List<string>();
        var kind = value switch
        {
            null => "null",
            JsonObject => "object",
            JsonArray => "array",
            _ => value.GetValueKind() switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                JsonValueKind.Number => value.GetValue<JsonElement>().TryGetInt64(out _) ? "integer" : "number",
                _ => "unknown",
            },
        };
        if (schema["type"] is { } type)
        {
            var types = type is JsonArray many ? many.Select(t => (string)t!).ToList() : [(string)type!];
            if (!types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
            {
                errors.Add($"{path}: a{(kind is "integer" or "array" or "object" ? "n" : string.Empty)} {kind}, expected {string.Join(", ", types)}");
                return errors;
            }
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            errors.Add($"{path}: '{value}' is not in the enum");
        }

        if (schema["pattern"] is { } pattern && kind == "string" && !Regex.IsMatch(value!.GetValue<string>(), (string)pattern!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: '{value}' does not match {pattern}");
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"]?.AsObject();
            foreach (var (name, member) in obj)
            {
                var memberPath = $"{path}.{name}";
                if (properties?[name] is { } memberSchema)
                {
                    errors.AddRange(Validate(memberSchema, member, memberPath));
                }
                else if (schema["additionalProperties"] is JsonObject additional)
                {
                    errors.AddRange(Validate(additional, member, memberPath));
                }
                else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
                {
                    errors.Add($"{memberPath}: unknown member");
                }
            }
        }

        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                errors.AddRange(Validate(items, array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")));
            }
        }

        return errors;
    }
}
