using System.Text.Json;
using Json.Schema;

namespace PerfDomain.Cli.Tests;

/// <summary>
/// Validates JSON against the schemas <c>perfdomain schema</c> prints, with an independent
/// implementation of JSON Schema 2020-12 (JsonSchema.Net), formats checked too.
/// </summary>
internal static class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    // Built once: the library keeps a registry of schemas by base URI.
    private static readonly Lazy<JsonSchema> SnapshotSchema = new(() => Build("snapshot", "schema"));

    private static readonly Lazy<JsonSchema> ParametersSchema = new(() => Build("parameters", "schema", "--parameters"));

    public static IReadOnlyList<string> SnapshotErrors(string json) => Errors(SnapshotSchema.Value, json);

    public static IReadOnlyList<string> ParameterErrors(string json) => Errors(ParametersSchema.Value, json);

    private static JsonSchema Build(string name, params string[] args)
    {
        var result = Cli.Run(args);
        Assert.Equal(0, result.ExitCode);
        return JsonSchema.FromText(result.Stdout, baseUri: new Uri($"https://perfdomain.test/{name}.schema.json"));
    }

    private static List<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no details)"];
    }
}
