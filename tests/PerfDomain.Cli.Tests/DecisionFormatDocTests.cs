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
        var realKeys = real.RootElement.GetProperty("decisions").EnumerateArray().Select(Key).ToHashSet();
        var documented = example.RootElement.GetProperty("decisions").EnumerateArray().ToList();
        Assert.NotEmpty(documented);
        Assert.All(documented, d => Assert.Contains(Key(d), realKeys));
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

        Assert.True(exampleHeader.RootElement.GetProperty("decisionCount").GetInt32() > 0);
        var realKeys = real.Skip(1).Select(line =>
        {
            using var decision = JsonDocument.Parse(line);
            return Key(decision.RootElement);
        }).ToHashSet();
        Assert.All(example.Skip(1), line =>
        {
            Assert.DoesNotContain("\n", line, StringComparison.Ordinal);
            using var decision = JsonDocument.Parse(line);
            Assert.Contains(Key(decision.RootElement), realKeys);
        });
    }

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
