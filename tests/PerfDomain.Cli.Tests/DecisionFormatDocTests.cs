using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfDomain.Cli.Tests;

/// <summary>The examples in docs/decision-format.md are real output of <c>perfdomain evaluate --format json</c> and <c>--format jsonl</c>.</summary>
public sealed partial class DecisionFormatDocTests
{
    private static readonly string DocPath = Path.Combine(AppContext.BaseDirectory, "docs", "decision-format.md");

    [Fact]
    public void Example_MatchesTheOutputOnTheSample()
    {
        var block = JsonBlock().Match(File.ReadAllText(DocPath));
        Assert.True(block.Success, "docs/decision-format.md has no ```json block.");
        using var example = JsonDocument.Parse(block.Groups[1].Value);
        using var real = Cli.Run("evaluate", "--format", "json").Json();

        string[] envelope = ["schemaVersion", "document", "organization", "asOf", "packs", "record", "decisions"];
        Assert.Equal(envelope, example.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var name in envelope[..^1])
        {
            Assert.Equal(real.RootElement.GetProperty(name).GetRawText(), example.RootElement.GetProperty(name).GetRawText());
        }

        // Compared on what identifies a decision and its explanation, so that a rule reporting one
        // more fact value does not make the page wrong.
        var realDecisions = real.RootElement.GetProperty("decisions").EnumerateArray().ToDictionary(Key, d => d.GetRawText());
        var documented = example.RootElement.GetProperty("decisions").EnumerateArray().ToList();
        Assert.NotEmpty(documented);
        Assert.All(documented, d =>
        {
            // Every byte as written: the same members, in the same order, with the same values.
            Assert.True(realDecisions.TryGetValue(Key(d), out var written), $"no such decision: {Key(d)}");
            Assert.Equal(Compact(written!), Compact(d.GetRawText()));
        });

        // And byte for byte: the envelope up to the decisions, and each documented decision as indented.
        var text = block.Groups[1].Value;
        var stdout = Cli.Run("evaluate", "--format", "json").Stdout.Replace("\r", string.Empty, StringComparison.Ordinal);
        const string decisions = "\"decisions\": [";
        Assert.Equal(stdout[..stdout.IndexOf(decisions, StringComparison.Ordinal)], text[..text.IndexOf(decisions, StringComparison.Ordinal)]);
        Assert.All(documented, d => Assert.Contains("\n    " + d.GetRawText(), stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void JsonLinesExample_MatchesTheOutputOnTheSample()
    {
        var block = JsonLinesBlock().Match(File.ReadAllText(DocPath));
        Assert.True(block.Success, "docs/decision-format.md has no ```jsonl block.");
        var example = block.Groups[1].Value.Split('\n');
        var real = DecisionJsonWriterTests.Lines(Cli.Run("evaluate", "--format", "jsonl").Stdout);

        Assert.True(example.Length >= 2, "The jsonl example should show the header and at least one decision.");
        using var exampleHeader = JsonDocument.Parse(example[0]);
        using var realHeader = JsonDocument.Parse(real[0]);
        string[] members = ["schemaVersion", "document", "organization", "asOf", "packs", "record", "decisionCount"];
        Assert.Equal(members, exampleHeader.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var name in members[..^1])
        {
            Assert.Equal(realHeader.RootElement.GetProperty(name).GetRawText(), exampleHeader.RootElement.GetProperty(name).GetRawText());
        }

        Assert.Equal(real.Count - 1, exampleHeader.RootElement.GetProperty("decisionCount").GetInt32());
        Assert.Equal(real[0], example[0]);
        var realLines = real.Skip(1).ToHashSet(StringComparer.Ordinal);
        Assert.All(example.Skip(1), line => Assert.Contains(line, realLines));
    }

    [Fact]
    public void ExitCodeExamples_AreRealMessagesWithThoseCodes()
    {
        var page = File.ReadAllText(DocPath).Replace("\r", string.Empty, StringComparison.Ordinal);
        var rows = page.Split('\n').Where(l => l.StartsWith("| `1` |", StringComparison.Ordinal) || l.StartsWith("| `2` |", StringComparison.Ordinal)).ToDictionary(l => l[3] - '0');
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "snapshot.json");
        var hiredIn9999 = Cli.TempFile("snapshot.json", CompleteSnapshotExample().Replace("\"name\": \"Jonas Berg\", \"hireDate\": \"2026-10-05\"", "\"name\": \"Jonas Berg\", \"hireDate\": \"9999-12-20\"", StringComparison.Ordinal));
        var negative = Cli.TempFile("params.json", """{"reviewCadence":{"checkInIntervalDays":-3}}""");
        (string[] Args, string Path, string Named)[] examples =
        [
            (["evaluate", missing], missing, "snapshot.json"),
            (["evaluate", hiredIn9999], hiredIn9999, "snapshot.json"),
            (["evaluate", "--params", negative], negative, "params.json"),
            (["explain", "e-999"], string.Empty, string.Empty),
            (["evaluate", "--as-of", "2026-02-30"], string.Empty, string.Empty),
            (["evaluate", "--as-of", "9999-12-31"], string.Empty, string.Empty),
            (["evaluate", "--bogus"], string.Empty, string.Empty),
            (["evalute"], string.Empty, string.Empty),
        ];

        foreach (var (args, path, named) in examples)
        {
            var result = Cli.Run(args);
            var message = path.Length == 0 ? result.ErrorLine : result.ErrorLine.Replace(path, named, StringComparison.Ordinal);
            Assert.True(rows.TryGetValue(result.ExitCode, out var row), $"{string.Join(' ', args)}: exit {result.ExitCode}");
            Assert.Contains($"`{message}`", row, StringComparison.Ordinal);
        }
    }

    // The complete example of docs/snapshot-format.md, as its error messages' positions count.
    private static string CompleteSnapshotExample()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "snapshot-format.md")).Replace("\r", string.Empty, StringComparison.Ordinal);
        var section = text[text.IndexOf("\n## Complete example", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        return section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    private static string Compact(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Key(JsonElement decision)
    {
        var explanation = decision.GetProperty("explanation");
        var facts = string.Join(";", explanation.GetProperty("facts").EnumerateArray().Select(f => $"{f.GetProperty("type").GetString()} {f.GetProperty("id").GetString()}"));
        string[] fields = ["kind", "employeeId", "cycleId", "dueOn", "requiresApproval", "escalateTo", "subject"];
        return string.Join("|", fields.Select(f => decision.GetProperty(f).GetRawText()))
            + $"|{explanation.GetProperty("pack").GetString()}@{explanation.GetProperty("packVersion").GetString()}|{explanation.GetProperty("rule").GetString()}|{facts}";
    }

    [GeneratedRegex(@"```json\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"```jsonl\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonLinesBlock();
}
