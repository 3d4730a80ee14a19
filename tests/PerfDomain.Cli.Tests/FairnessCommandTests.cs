namespace PerfDomain.Cli.Tests;

public sealed class FairnessCommandTests
{
    [Fact]
    public void Fairness_OutOfTheBox_AnalysesTheBundledSampleWithItsBundledGroups()
    {
        var result = Cli.Run("fairness", "--width", "250");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("groups sample-groups.csv (bundled)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Groups smaller than 5 are suppressed.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Attribute gender: groups man, non-binary, woman; 0 unlabelled", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n    non-binary +3 +suppressed\n", result.Stdout);
        Assert.Contains("Managers whose ratings differ most from the organisation's (advisory)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fairness_Json_StatesTheMinimumGroupSize_AndSuppressesBelowIt()
    {
        using var json = Cli.Run("fairness", "--format", "json", "--min-group-size", "18").Json();
        var root = json.RootElement;

        Assert.Equal("fairness", root.GetProperty("document").GetString());
        Assert.Equal(18, root.GetProperty("minimumGroupSize").GetInt32());
        var rows = root.GetProperty("attributes").EnumerateArray().SelectMany(a => a.GetProperty("selection").EnumerateArray()).SelectMany(s => s.GetProperty("groups").EnumerateArray()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var small = row.GetProperty("size").GetInt32() < 18;
            Assert.Equal(small, row.GetProperty("suppressed").GetBoolean());
            Assert.Equal(small, row.GetProperty("rate").ValueKind == System.Text.Json.JsonValueKind.Null);
        });
    }

    [Fact]
    public void Fairness_WithASnapshotAndJsonGroups_ReadsBoth()
    {
        var groups = Cli.TempFile("groups.json", """{ "e-001": { "site": "north" }, "e-002": { "site": "south" } }""");

        using var json = Cli.Run("fairness", Cli.SamplePath, "--groups", groups, "--format", "json", "--min-group-size", "1").Json();

        var attribute = Assert.Single(json.RootElement.GetProperty("attributes").EnumerateArray());
        Assert.Equal(["north", "south"], attribute.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).ToArray());
        Assert.Equal(json.RootElement.GetProperty("population").GetInt32() - 2, attribute.GetProperty("unlabelled").GetInt32());
    }

    [Fact]
    public void Fairness_ASnapshotWithoutGroups_IsAUsageError()
    {
        var result = Cli.Run("fairness", Cli.SamplePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("perfdomain fairness: --groups FILE is required with a snapshot (the labels are never part of the snapshot). See 'perfdomain fairness --help'.", result.ErrorLine);
    }

    [Theory]
    [InlineData("groups.csv", "id,site\ne-001,north\n", "line 1: expected a header 'employeeId' then one column per attribute, found 'id,site'.")]
    [InlineData("groups.json", """{ "e-001": { "site": 1 } }""", "$['e-001']['site']: expected a group's name as a non-empty string, found 1.")]
    public void Fairness_ABadGroupsFile_IsAnInputErrorNamingWhere(string name, string content, string message)
    {
        var groups = Cli.TempFile(name, content);

        var result = Cli.Run("fairness", Cli.SamplePath, "--groups", groups);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{groups}: {message}", result.ErrorLine);
    }

    [Fact]
    public void Fairness_MinGroupSizeOutOfRange_IsAUsageError()
    {
        var result = Cli.Run("fairness", "--min-group-size", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--min-group-size: 0 is out of range", result.ErrorLine, StringComparison.Ordinal);
    }
}
