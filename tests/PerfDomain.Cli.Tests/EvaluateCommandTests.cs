using System.Text.Json;

namespace PerfDomain.Cli.Tests;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_WithNoSnapshot_PrintsTheBundledSampleAsATable()
    {
        var result = Cli.Run("evaluate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("Northwind Analytics: policy as of 2026-11-16 (sample-organization.json (bundled);", lines[0], StringComparison.Ordinal);
        Assert.Contains("e-018  Jonas Berg", lines);
        var overdue = lines.FindIndex(l => l.StartsWith("  checkInOverdue ", StringComparison.Ordinal));
        Assert.Matches(@"^  checkInOverdue +- +2026-10-07 +HR +- *$", lines[overdue]);
        Assert.StartsWith("      The check-in due on 2026-10-07 is overdue", lines[overdue + 1], StringComparison.Ordinal);
        Assert.Contains("tell HR", lines[overdue + 1] + " " + lines[overdue + 2], StringComparison.Ordinal);
        var plan = Assert.Single(lines, l => l.StartsWith("  improvementPlanRecommended ", StringComparison.Ordinal));
        Assert.Matches(@"^  improvementPlanRecommended +c-2026 +- +manager e-\d+ +yes *$", plan);
        var summary = string.Join(" ", lines.SkipWhile(l => !l.StartsWith("Summary:", StringComparison.Ordinal)).Where(l => l.Length > 0).Select(l => l.Trim()));
        Assert.Matches(@"^Summary: \d+ decisions about \d+ employees: checkInDue \d+, checkInOverdue 1, .*improvementPlanRecommended 1, .*\.$", summary);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(72)]
    [InlineData(40)]
    [InlineData(160)]
    public void Evaluate_Table_EveryLineFitsTheWidth(int width)
    {
        var result = Cli.Run("evaluate", "--width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} columns: {l}"));
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void Evaluate_Table_PipedIs100ColumnsAndStable()
    {
        var first = Cli.Run("evaluate").Stdout;

        Assert.Equal(first, Cli.Run("evaluate").Stdout);
        Assert.Equal(first, Cli.Run("evaluate", "--width", "100").Stdout);
        Assert.All(first.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= 100, l));
    }

    [Fact]
    public void Evaluate_Table_WideTerminal_PutsTheReasonInAColumn()
    {
        var lines = Cli.Run("evaluate", "--width", "200").Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  kind +cycle +due +who acts +approval +reason$"));
        Assert.Contains(lines, l => l.StartsWith("  checkInOverdue", StringComparison.Ordinal) && l.Contains("The check-in due on 2026-10-07", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Table_GroupsDecisionsUnderTheirEmployee()
    {
        var lines = Cli.Run("evaluate").Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        var header = lines.IndexOf("e-034  Diego Hernández");
        Assert.True(header > 0);
        var group = lines.Skip(header + 1).TakeWhile(l => l.Length > 0).ToList();
        Assert.NotEmpty(group);
        Assert.All(group, l => Assert.StartsWith("  ", l, StringComparison.Ordinal));
        Assert.Contains(group, l => l.Contains("improvementPlanRecommended", StringComparison.Ordinal) && l.Contains("c-2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_Json_IsTheDocumentedDecisionFormat()
    {
        var result = Cli.Run("evaluate", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("evaluation", root.GetProperty("document").GetString());
        Assert.Equal("2026-11-16", root.GetProperty("asOf").GetString());
        Assert.Equal(["review-cadence", "rating-consequences", "development-triggers", "rewards"], root.GetProperty("packs").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());

        var decisions = root.GetProperty("decisions").EnumerateArray().ToList();
        var overdue = Assert.Single(decisions, d => d.GetProperty("kind").GetString() == "checkInOverdue");
        Assert.Equal("e-018", overdue.GetProperty("employeeId").GetString());
        Assert.Equal("humanResources", overdue.GetProperty("escalateTo").GetString());
        Assert.Equal("2026-10-07", overdue.GetProperty("dueOn").GetString());
        Assert.Equal(JsonValueKind.Null, overdue.GetProperty("cycleId").ValueKind);
        Assert.False(overdue.GetProperty("requiresApproval").GetBoolean());
        var explanation = overdue.GetProperty("explanation");
        Assert.Equal("review-cadence", explanation.GetProperty("pack").GetString());
        Assert.Equal("1.0.0", explanation.GetProperty("packVersion").GetString());
        Assert.Equal("cadence.check-in-overdue", explanation.GetProperty("rule").GetString());
        Assert.Equal("2026-11-16", explanation.GetProperty("asOf").GetString());
        Assert.Equal("7", explanation.GetProperty("parameters").GetProperty("overdueGraceDays").GetString());
        var employeeFact = explanation.GetProperty("facts").EnumerateArray().First(f => f.GetProperty("type").GetString() == "Employee");
        Assert.Equal("e-018", employeeFact.GetProperty("id").GetString());
        Assert.Equal("2026-09-07", employeeFact.GetProperty("values").GetProperty("lastCheckInOn").GetString());
        Assert.False(string.IsNullOrWhiteSpace(explanation.GetProperty("reason").GetString()));

        var plan = Assert.Single(decisions, d => d.GetProperty("kind").GetString() == "improvementPlanRecommended");
        Assert.Equal("e-034", plan.GetProperty("employeeId").GetString());
        Assert.True(plan.GetProperty("requiresApproval").GetBoolean());
        Assert.Contains(decisions, d => d.GetProperty("kind").GetString() == "calibrationReviewRecommended" && d.GetProperty("employeeId").GetString() == "e-014");
        Assert.Contains(decisions, d => d.GetProperty("kind").GetString() == "promotionReadinessFlagged" && d.GetProperty("employeeId").GetString() == "e-017");
        Assert.Contains(decisions, d => d.GetProperty("kind").GetString() == "managerTrainingRecommended" && d.GetProperty("employeeId").GetString() == "e-012");
        Assert.DoesNotContain(decisions, d => d.GetProperty("employeeId").GetString() == "e-045");
    }

    [Fact]
    public void Evaluate_Json_EveryDecisionHasEveryField()
    {
        using var json = Cli.Run("evaluate", "--format", "json").Json();

        string[] fields = ["id", "kind", "employeeId", "cycleId", "dueOn", "requiresApproval", "escalateTo", "subject", "explanation"];
        string[] explanationFields = ["pack", "packVersion", "rule", "asOf", "facts", "parameters", "reason"];
        foreach (var decision in json.RootElement.GetProperty("decisions").EnumerateArray())
        {
            Assert.Equal(fields, decision.EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal(explanationFields, decision.GetProperty("explanation").EnumerateObject().Select(p => p.Name).ToArray());
        }
    }

    [Fact]
    public void Evaluate_Json_IsOrderedByEmployeeAndDeterministic()
    {
        var first = Cli.Run("evaluate", "--format", "json").Stdout;
        var second = Cli.Run("evaluate", "--format", "json").Stdout;

        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        var employees = json.RootElement.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("employeeId").GetString()!).ToList();
        Assert.Equal(employees.Order(StringComparer.Ordinal), employees);
    }

    [Fact]
    public void Evaluate_SnapshotFile_GivesTheSameAsTheBundledSample()
    {
        var fromFile = Cli.Run("evaluate", Cli.SamplePath, "--format", "json");
        var bundled = Cli.Run("evaluate", "--format", "json");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(bundled.Stdout, fromFile.Stdout);
    }

    [Fact]
    public void Evaluate_AsOf_OverridesTheReferenceDate()
    {
        var result = Cli.Run("evaluate", "--as-of", "2026-09-01", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        Assert.Equal("2026-09-01", json.RootElement.GetProperty("asOf").GetString());
        Assert.All(json.RootElement.GetProperty("decisions").EnumerateArray(), d => Assert.Equal("2026-09-01", d.GetProperty("explanation").GetProperty("asOf").GetString()));
        Assert.DoesNotContain(json.RootElement.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("kind").GetString() == "checkInOverdue");
    }

    [Fact]
    public void Evaluate_ValidParams_ChangesDueDates()
    {
        var parameters = Cli.TempFile("params.json", """{"reviewCadence":{"checkInIntervalDays":14}}""");

        var defaults = CheckInDue(Cli.Run("evaluate", "--format", "json"), "e-002");
        var result = Cli.Run("evaluate", "--params", parameters, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-12-09", defaults.GetProperty("dueOn").GetString());
        var overridden = CheckInDue(result, "e-002");
        Assert.Equal("2026-11-23", overridden.GetProperty("dueOn").GetString());
        Assert.Equal("14", overridden.GetProperty("explanation").GetProperty("parameters").GetProperty("intervalDays").GetString());
    }

    [Fact]
    public void Evaluate_SnapshotWithoutReferenceDate_NeedsAsOf()
    {
        var snapshot = Cli.SampleWith("no-reference-date.json", root => root["organization"]!.AsObject().Remove("referenceDate"));

        var without = Cli.Run("evaluate", snapshot);
        var with = Cli.Run("evaluate", snapshot, "--as-of", "2026-11-16");

        Assert.Equal(2, without.ExitCode);
        Assert.Equal($"{snapshot}: the snapshot has no organization.referenceDate; give the date with --as-of uuuu-MM-dd.", without.ErrorLine);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("policy as of 2026-11-16", with.Stdout, StringComparison.Ordinal);
    }

    private static JsonElement CheckInDue(CliResult result, string employeeId)
    {
        using var json = result.Json();
        return json.RootElement.GetProperty("decisions").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "checkInDue" && d.GetProperty("employeeId").GetString() == employeeId)
            .Clone();
    }
}
