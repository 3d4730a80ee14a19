using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Cli.Commands;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Cli.Tests;

/// <summary><c>--format json</c> and <c>--format jsonl</c>: the same decisions, in the same order and shape.</summary>
public sealed class DecisionJsonWriterTests
{
    private static readonly string[] HeaderMembers = ["schemaVersion", "document", "organization", "asOf", "packs", "record", "decisionCount"];

    [Theory]
    [InlineData("")]
    [InlineData("--as-of 2026-09-01")]
    [InlineData("--runtime nrules")]
    [InlineData("--as-of 2025-06-30 --runtime nrules")]
    public void JsonLines_AreTheJsonDocument_AHeaderThenOneDecisionPerLine(string options)
    {
        string[] extra = options.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var json = Cli.Run(["evaluate", "--format", "json", .. extra]);
        var lines = Cli.Run(["evaluate", "--format", "jsonl", .. extra]);

        Assert.Equal(0, lines.ExitCode);
        Assert.Equal(string.Empty, lines.Stderr);
        using var document = json.Json();
        var root = document.RootElement;
        var decisions = root.GetProperty("decisions").EnumerateArray().ToList();
        Assert.NotEmpty(decisions);
        var text = Lines(lines.Stdout);
        Assert.Equal(decisions.Count + 1, text.Count);

        using var header = JsonDocument.Parse(text[0]);
        Assert.Equal(HeaderMembers, header.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var name in HeaderMembers[..^1])
        {
            Assert.Equal(Compact(root.GetProperty(name)), Compact(header.RootElement.GetProperty(name)));
        }

        Assert.Equal(decisions.Count, header.RootElement.GetProperty("decisionCount").GetInt32());
        for (var i = 0; i < decisions.Count; i++)
        {
            // Byte for byte the array element written without indentation: same members, order and escaping.
            Assert.Equal(Compact(decisions[i]), text[i + 1]);
            using var line = JsonDocument.Parse(text[i + 1]);
            Assert.Equal(JsonValueKind.Object, line.RootElement.ValueKind);
        }
    }

    [Fact]
    public void JsonLines_EachLineEndsWithANewline_AndTextIsNotEscapedNeedlessly()
    {
        var stdout = Cli.Run("evaluate", "--format", "jsonl").Stdout;

        Assert.EndsWith("}\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", stdout, StringComparison.Ordinal);
        Assert.Contains("'Needs improvement'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLines_WithoutDecisions_IsTheHeaderAlone()
    {
        var result = Cli.Run("evaluate", "--format", "jsonl", "--as-of", "2000-01-01");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(Lines(result.Stdout));
        using var header = JsonDocument.Parse(line);
        Assert.Equal(0, header.RootElement.GetProperty("decisionCount").GetInt32());
        Assert.Equal("2000-01-01", header.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void Json_IsWrittenInChunks_AndStillOneDocument()
    {
        // The sample's document is larger than a chunk, so the chunking is exercised and must not show.
        var result = Cli.Run("evaluate", "--format", "json");

        Assert.True(Encoding.UTF8.GetByteCount(result.Stdout) > DecisionJsonWriter.ChunkBytes);
        Assert.EndsWith("}\n", result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        using var json = result.Json();
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("decisions").ValueKind);
    }

    [Fact]
    public void Maps_NotInOrder_AreWrittenInOrdinalOrder_AndEscalationsByName()
    {
        // The engine's maps come sorted; a map that does not still comes out in the documented order.
        var asOf = new LocalDate(2026, 11, 16);
        var facts = new FactReference("Employee", "e-018", new Dictionary<string, string> { ["zeta"] = "1", ["Alpha"] = "2", ["alpha"] = "3", ["mu"] = "4" });
        var reasons = new Explanation("acme", "1.0.0", "acme.rule", asOf, [facts], new Dictionary<string, string> { ["y"] = "1", ["b"] = "2" }, "Because.");
        var decision = new Decision(DecisionKind.CheckInDue, new EmployeeId("e-018"), null, new LocalDate(987, 3, 4), false, reasons, EscalationLevel.SkipLevelManager, "s");
        var explanation = new EmployeeExplanation(new EmployeeId("e-018"), asOf, [decision], []);
        using var output = new StringWriter();

        DecisionJsonWriter.WriteExplanation(output, SnapshotInput.Load(null), Engines.Default.Packs, explanation);

        using var json = JsonDocument.Parse(output.ToString());
        var written = Assert.Single(json.RootElement.GetProperty("decisions").EnumerateArray());
        var values = written.GetProperty("explanation").GetProperty("facts")[0].GetProperty("values");
        Assert.Equal(["Alpha", "alpha", "mu", "zeta"], values.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["b", "y"], written.GetProperty("explanation").GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("skipLevelManager", written.GetProperty("escalateTo").GetString());
        Assert.Equal("0987-03-04", written.GetProperty("dueOn").GetString());
        Assert.Equal("2026-11-16", written.GetProperty("explanation").GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("0001-02-03")]
    [InlineData("0999-12-31")]
    [InlineData("1970-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("2026-11-16")]
    [InlineData("9999-12-31")]
    public void TryFormatDate_WritesWhatTheIsoPatternWrites(string text)
    {
        var date = LocalDatePattern.Iso.Parse(text).Value;
        Span<byte> utf8 = stackalloc byte[10];

        Assert.True(DecisionJsonWriter.TryFormatDate(date, utf8));
        Assert.Equal(LocalDatePattern.Iso.Format(date), Encoding.ASCII.GetString(utf8));
    }

    [Fact]
    public void TryFormatDate_LeavesYearsBeforeZeroToThePattern()
    {
        Span<byte> utf8 = stackalloc byte[10];

        Assert.False(DecisionJsonWriter.TryFormatDate(new LocalDate(-5, 1, 1), utf8));
        Assert.False(DecisionJsonWriter.TryFormatDate(LocalDate.MinIsoValue, utf8));
    }

    /// <summary>The lines of JSON Lines output, without the final line break.</summary>
    internal static List<string> Lines(string stdout)
    {
        Assert.EndsWith("\n", stdout, StringComparison.Ordinal);
        return stdout[..^1].Split('\n').ToList();
    }

    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
