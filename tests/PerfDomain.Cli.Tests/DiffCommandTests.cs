using System.Text.Json;

namespace PerfDomain.Cli.Tests;

public sealed class DiffCommandTests
{
    [Fact]
    public void Diff_TwoDates_ListsWhatWasAddedWithdrawnAndChanged_AndNamesTheInputThatDiffers()
    {
        var before = Evaluation("before.json", "--as-of", "2026-11-16");
        var after = Evaluation("after.json", "--as-of", "2026-12-01");

        var result = Cli.Run("diff", before, after);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("inputs: asOf differs.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Added (", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n\d+ added, \d+ withdrawn, \d+ changed, \d+ unchanged\.\n$", result.Stdout);
    }

    [Fact]
    public void Diff_Json_TwoParameterSets_IsTheComparisonDocument()
    {
        var before = Evaluation("before.json");
        var parameters = Cli.TempFile("params.json", """{"reviewCadence":{"checkInIntervalDays":14}}""");
        var after = Evaluation("after.json", "--params", parameters);

        using var json = Cli.Run("diff", before, after, "--format", "json").Json();
        var root = json.RootElement;

        Assert.Equal(["schemaVersion", "document", "before", "after", "inputsDiffer", "summary", "added", "withdrawn", "changed"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("comparison", root.GetProperty("document").GetString());
        Assert.Equal(["parameters"], root.GetProperty("inputsDiffer").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var summary = root.GetProperty("summary");
        Assert.Equal(root.GetProperty("changed").GetArrayLength(), summary.GetProperty("changed").GetInt32());
        Assert.True(summary.GetProperty("changed").GetInt32() > 0);
        var change = root.GetProperty("changed")[0];
        Assert.Contains("explanation.parameters", change.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(change.GetProperty("before").GetProperty("id").GetString(), change.GetProperty("after").GetProperty("id").GetString());
        Assert.Equal(
            root.GetProperty("before").GetProperty("decisionCount").GetInt32(),
            summary.GetProperty("withdrawn").GetInt32() + summary.GetProperty("changed").GetInt32() + summary.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public void Diff_JsonLinesAgainstJson_OfTheSameEvaluation_FindsNoDifference()
    {
        var json = Evaluation("run.json");
        var lines = Cli.TempFile("run.jsonl", Cli.Run("evaluate", "--format", "jsonl").Stdout);

        var result = Cli.Run("diff", json, lines, "--format", "json");

        using var document = result.Json();
        Assert.Empty(document.RootElement.GetProperty("inputsDiffer").EnumerateArray());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("changed").GetInt32());
    }

    [Fact]
    public void Diff_AFileThatIsNotADecisionDocument_IsAnInputErrorNamingTheFileAndPath()
    {
        var good = Evaluation("good.json");
        var bad = Cli.TempFile("bad.json", """{"schemaVersion":1,"document":"evaluation","organization":"x","asOf":"2026-13-01","packs":[],"decisions":[]}""");

        var result = Cli.Run("diff", good, bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{bad}: $.asOf: \"2026-13-01\" is not a date: expected uuuu-MM-dd, such as \"2026-11-16\".", result.ErrorLine);
    }

    [Fact]
    public void Diff_WithoutTwoFiles_IsAUsageError()
    {
        var result = Cli.Run("diff", Evaluation("one.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("perfdomain diff: ", result.ErrorLine, StringComparison.Ordinal);
    }

    private static string Evaluation(string name, params string[] options)
    {
        var result = Cli.Run(["evaluate", "--format", "json", .. options]);
        Assert.Equal(0, result.ExitCode);
        using var _ = JsonDocument.Parse(result.Stdout);
        return Cli.TempFile(name, result.Stdout);
    }
}
