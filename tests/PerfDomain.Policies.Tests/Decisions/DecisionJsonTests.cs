using System.Text;
using System.Text.Json;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Tests.Decisions;

/// <summary><see cref="DecisionJson"/>: the decision format written and read back, in both forms, and its errors.</summary>
public sealed partial class DecisionJsonTests
{
    private static readonly OrganizationSnapshot Sample = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json"));
    private static readonly PolicyEngine Engine = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();
    private static readonly LocalDate AsOf = new(2026, 11, 16);
    private static readonly Lazy<DecisionDocument> SampleDocument = new(() => DecisionDocument.FromOutcome(Sample, Engine.Packs, Engine.Evaluate(Sample, Sample.ReferenceDate!.Value)));

    public static TheoryData<bool> Forms() => [false, true];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Sample_ReadsBackEqual(bool lines)
    {
        var document = SampleDocument.Value;
        Assert.NotEmpty(document.Decisions);

        var bytes = Write(document, lines);
        var read = Read(bytes, lines);

        Assert.Equal(document, read);
        Assert.Equal(document.Decisions, read.Decisions);
        Assert.Equal(bytes, Write(read, lines));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Sample_Async_IsTheSameAsSync(bool lines)
    {
        var document = SampleDocument.Value;
        using var stream = new MemoryStream();

        await (lines ? DecisionJson.WriteLinesAsync(stream, document) : DecisionJson.WriteAsync(stream, document));

        Assert.Equal(Write(document, lines), stream.ToArray());
        stream.Position = 0;
        Assert.Equal(document, await (lines ? DecisionJson.ReadLinesAsync(stream) : DecisionJson.ReadAsync(stream)));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Sample_ReadAByteAtATime_ReadsBackEqual(bool lines)
    {
        var bytes = Write(SampleDocument.Value, lines);

        Assert.Equal(SampleDocument.Value, lines ? DecisionJson.ReadLines(new TrickleStream(bytes)) : DecisionJson.Read(new TrickleStream(bytes)));
        Assert.Equal(SampleDocument.Value, await (lines ? DecisionJson.ReadLinesAsync(new TrickleStream(bytes)) : DecisionJson.ReadAsync(new TrickleStream(bytes))));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Write_GoesOutInChunks_NeverWhole(bool lines)
    {
        var output = new RecordingStream();

        (lines ? (Action<Stream, DecisionDocument>)DecisionJson.WriteLines : DecisionJson.Write)(output, SampleDocument.Value);

        Assert.True(output.Writes.Count > 1, $"{output.Writes.Count} write(s) of {output.Writes.Sum()} bytes");
        Assert.All(output.Writes, size => Assert.InRange(size, 1, (64 * 1024) + (16 * 1024)));
        Assert.True(output.Flushed);
    }

    [Fact]
    public void Write_IsIndentedWithNewlines_AndLinesAreCompact()
    {
        var json = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: false));
        var lines = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: true)).Split('\n');

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"document\": \"evaluation\",\n  \"organization\": \"Northwind Analytics\",\n  \"asOf\": \"2026-11-16\",\n", json, StringComparison.Ordinal);
        Assert.EndsWith("  ]\n}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
        Assert.Equal(
            $$"""{"schemaVersion":1,"document":"evaluation","organization":"Northwind Analytics","asOf":"2026-11-16","packs":[{"name":"review-cadence","version":"1.0.0"},{"name":"rating-consequences","version":"1.0.0"},{"name":"development-triggers","version":"1.0.0"},{"name":"rewards","version":"1.0.0"}],"record":null,"decisionCount":{{SampleDocument.Value.Decisions.Count}}}""",
            lines[0]);
        Assert.Equal(SampleDocument.Value.Decisions.Count + 2, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void Decision_WithDefaultOptions_IsTheFormatsObject_AndReadsBack()
    {
        var decision = SampleDocument.Value.Decisions.First(d => d.EscalateTo is not null);
        var lines = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: true)).Split('\n');

        var json = JsonSerializer.Serialize(decision);

        Assert.Equal(lines[1 + IndexOf(SampleDocument.Value.Decisions, decision)], json);
        Assert.Equal(decision, JsonSerializer.Deserialize<Decision>(json));
        Assert.Equal(decision, JsonSerializer.Deserialize<Decision>(JsonSerializer.Serialize(decision, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })));
    }

    [Fact]
    public void Decisions_InAHostsOwnRecord_RoundTrip()
    {
        var row = new AuditRow(new EmployeeId("e-018"), [.. SampleDocument.Value.Decisions.Take(5)]);

        var read = JsonSerializer.Deserialize<AuditRow>(JsonSerializer.Serialize(row));

        Assert.Equal(row.EmployeeId, read!.EmployeeId);
        Assert.Equal(row.Decisions, read.Decisions);
    }

    [Fact]
    public void Decision_InvalidInAHostsRecord_IsAJsonExceptionLocatingIt()
    {
        var json = JsonSerializer.Serialize(new AuditRow(new EmployeeId("e-018"), [SampleDocument.Value.Decisions[0]]))
            .Replace("\"requiresApproval\":false", "\"requiresApproval\":\"no\"", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AuditRow>(json));

        Assert.Equal("$.Decisions[0]", error.Path);
        Assert.StartsWith("$.requiresApproval: expected true or false, found the string \"no\".", error.Message, StringComparison.Ordinal);
        Assert.IsType<DecisionFormatException>(error.InnerException);
    }

    [Fact]
    public void Maps_NotInOrder_AreWrittenInOrdinalOrder_AndReadBackEqual()
    {
        var facts = new FactReference("Employee", "e-018", new Dictionary<string, string> { ["zeta"] = "1", ["Alpha"] = "2", ["alpha"] = "3", ["mu"] = "4" });
        var reasons = new Explanation("acme", "1.0.0", "acme.rule", AsOf, [facts], new Dictionary<string, string> { ["y"] = "1", ["b"] = "2" }, "Because — “quoted” \\ \u0001.");
        var document = new DecisionDocument("Zoë & Co", AsOf, [new PackReference("acme", "1.0.0")], [
            new Decision(DecisionKind.Custom("acme.mentor-assigned"), new EmployeeId("e-018"), new Cycles.CycleId("c-1"), new LocalDate(-5, 3, 4), true, reasons, EscalationLevel.SkipLevelManager, "s"),
            new Decision(DecisionKind.CheckInDue, new EmployeeId("e-019"), null, null, false, reasons with { Facts = [], Parameters = new Dictionary<string, string>() }),
        ]);

        var text = Encoding.UTF8.GetString(Write(document, lines: true));

        Assert.Contains("\"values\":{\"Alpha\":\"2\",\"alpha\":\"3\",\"mu\":\"4\",\"zeta\":\"1\"}", text, StringComparison.Ordinal);
        Assert.Contains("\"parameters\":{\"b\":\"2\",\"y\":\"1\"}", text, StringComparison.Ordinal);
        Assert.Contains("\"dueOn\":\"-0005-03-04\"", text, StringComparison.Ordinal);
        Assert.Contains("\"organization\":\"Zoë & Co\"", text, StringComparison.Ordinal);
        Assert.Equal(document, Read(Write(document, lines: false), lines: false));
        Assert.Equal(document, Read(Write(document, lines: true), lines: true));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void NoDecisions_ReadsBackEqual(bool lines)
    {
        var document = new DecisionDocument("Empty", AsOf, [], []);

        var bytes = Write(document, lines);

        Assert.Equal(document, Read(bytes, lines));
        if (lines)
        {
            Assert.Equal("""{"schemaVersion":1,"document":"evaluation","organization":"Empty","asOf":"2026-11-16","packs":[],"record":null,"decisionCount":0}""" + "\n", Encoding.UTF8.GetString(bytes));
        }
    }

    [Fact]
    public void Read_IgnoresMembersItDoesNotKnow_AndAcceptsAByteOrderMarkAndCrLf()
    {
        var lines = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: true)).Split('\n');
        lines[0] = lines[0].Replace("\"packs\":", "\"runtime\":{\"name\":\"perfdomain\"},\"packs\":", StringComparison.Ordinal);
        lines[1] = lines[1].Replace("\"kind\":", "\"priority\":[1,2],\"kind\":", StringComparison.Ordinal)
            .Replace("\"reason\":", "\"reasonCode\":\"x\",\"reason\":", StringComparison.Ordinal);
        var text = "\uFEFF" + string.Join("\r\n", lines);

        Assert.Equal(SampleDocument.Value, DecisionJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Read_LastLineWithoutNewline_IsAccepted()
    {
        var bytes = Write(SampleDocument.Value, lines: true);

        Assert.Equal(SampleDocument.Value, DecisionJson.ReadLines(new MemoryStream(bytes[..^1])));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => DecisionJson.Write(null!, SampleDocument.Value));
        Assert.Throws<ArgumentNullException>(() => DecisionJson.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentException>(() => DecisionJson.Write(new MemoryStream([], writable: false), SampleDocument.Value));
        Assert.Throws<ArgumentNullException>(() => DecisionJson.Read(null!));
        Assert.Throws<ArgumentNullException>(() => new DecisionDocument(null!, AsOf, [], []));
        Assert.Throws<ArgumentNullException>(() => new DecisionDocument("x", AsOf, [null!], []));
    }

    [Fact]
    public void Document_EqualityAndText()
    {
        var a = new DecisionDocument("Org", AsOf, [new PackReference("p", "1")], SampleDocument.Value.Decisions);
        var b = new DecisionDocument("Org", AsOf, [new PackReference("p", "1")], [.. SampleDocument.Value.Decisions]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new DecisionDocument("Org", AsOf.PlusDays(1), a.Packs, a.Decisions));
        Assert.NotEqual(a, new DecisionDocument("Org", AsOf, [new PackReference("p", "2")], a.Decisions));
        Assert.NotEqual(a, new DecisionDocument("Org", AsOf, a.Packs, a.Decisions.Skip(1).ToList()));
        Assert.Equal($"Org as of 2026-11-16, packs p@1: {a.Decisions.Count} decisions", a.ToString());
    }

    internal static byte[] Write(DecisionDocument document, bool lines)
    {
        using var stream = new MemoryStream();
        if (lines)
        {
            DecisionJson.WriteLines(stream, document);
        }
        else
        {
            DecisionJson.Write(stream, document);
        }

        return stream.ToArray();
    }

    internal static DecisionDocument Read(byte[] bytes, bool lines) =>
        lines ? DecisionJson.ReadLines(new MemoryStream(bytes)) : DecisionJson.Read(new MemoryStream(bytes));

    private static int IndexOf(IReadOnlyList<Decision> decisions, Decision decision)
    {
        for (var i = 0; i < decisions.Count; i++)
        {
            if (ReferenceEquals(decisions[i], decision))
            {
                return i;
            }
        }

        return -1;
    }

    public sealed record AuditRow(EmployeeId EmployeeId, List<Decision> Decisions);

    /// <summary>Hands out one byte per read: every value crosses buffer ends.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1)], cancellationToken);
    }

    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public bool Flushed { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }

        public override void Flush()
        {
            Flushed = true;
            base.Flush();
        }
    }
}
