using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Snapshots;

// How the reader streams: any chunking, any member order, the same problems as reading the whole document.
public sealed partial class SnapshotReaderTests
{
    [Theory]
    [MemberData(nameof(BrokenSnapshots))]
    public void Read_BrokenSnapshot_ReportsWhatTheWholeDocumentReaderReported(string scenario, Action<JsonNode> breakIt, string path, string reason)
    {
        _ = (path, reason);
        var json = ValidSnapshotJson.With(breakIt);

        var expected = Assert.Throws<InvalidSnapshotException>(() => WholeDocumentSnapshotReader.Read(Encoding.UTF8.GetBytes(json)));
        var actual = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.True(expected.Message == actual.Message, $"{scenario}: expected {expected.Message}, got {actual.Message}");
    }

    [Fact]
    public void Read_ErrorInsideAnIndentedElement_GivesTheLineInTheWholeText()
    {
        var json = ValidSnapshotJson.Text.Replace("\"hireDate\": \"2025-01-06\"", "\"hireDate\": \"2025-02-30\"", StringComparison.Ordinal);

        var expected = Assert.Throws<InvalidSnapshotException>(() => WholeDocumentSnapshotReader.Read(Encoding.UTF8.GetBytes(json)));
        var actual = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal(expected.Message, actual.Message);
        Assert.EndsWith("(line 17, position 59).", actual.Reason, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 60)]
    public void Read_InChunksOfAnySize_GivesTheSameSnapshotAsTheWholeText(OrganizationSnapshot snapshot, PositiveInt seed, bool indented)
    {
        var json = SnapshotWriter.Write(snapshot, indented);
        var random = new Random(seed.Get);
        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), seed.Get, maxChunk: random.Next(1, 5000));

        var read = SnapshotReader.Read(stream);

        Assert.Equal(SnapshotReader.Read(json), read);
        Assert.Equal(json, SnapshotWriter.Write(read, indented));
    }

    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 60)]
    public void Read_WithABufferOfAnySize_GivesTheSameSnapshotAsTheWholeText(OrganizationSnapshot snapshot, PositiveInt seed, bool indented)
    {
        // A small buffer makes every token and element cross a buffer boundary somewhere, and grow it.
        var json = SnapshotWriter.Write(snapshot, indented);
        var random = new Random(seed.Get);
        using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), seed.Get, maxChunk: random.Next(1, 300));

        var read = SnapshotJsonParser.Read(stream, SnapshotReaderOptions.Default, bufferSize: random.Next(1, 2048));

        Assert.Equal(json, SnapshotWriter.Write(read, indented));
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(7, 100)]
    [InlineData(3, 4096)]
    public void Read_BrokenSnapshotWithABufferOfAnySize_ReportsTheSameProblem(int seed, int bufferSize)
    {
        foreach (var row in BrokenSnapshots)
        {
            var (scenario, breakIt) = ((string)row[0], (Action<JsonNode>)row[1]);
            var json = ValidSnapshotJson.With(breakIt);
            var expected = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));
            using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), seed, maxChunk: 50);

            var actual = Assert.Throws<InvalidSnapshotException>(() => SnapshotJsonParser.Read(stream, SnapshotReaderOptions.Default, bufferSize));

            Assert.True(expected.Message == actual.Message, $"{scenario}: expected {expected.Message}, got {actual.Message}");
        }
    }

    [Fact]
    public void Read_DomainProblemBeforeAFormatProblemInTheSameBuffer_ReportsTheFirst()
    {
        // Elements are read in runs; a run that does not deserialize is read again one element at a time.
        var json = ValidSnapshotJson.With(r =>
        {
            r["employees"]![0]!["hireDate"] = "2019-01-02";
            r["employees"]![2]!["salary"] = 1;
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.employees[0].statusHistory[0].effectiveOn", error.Path);
    }

    [Fact]
    public void Read_FormatProblemBeforeADomainProblemInTheSameBuffer_ReportsTheFirst()
    {
        var json = ValidSnapshotJson.With(r =>
        {
            r["employees"]![0]!["salary"] = 1;
            r["employees"]![2]!["hireDate"] = "2019-01-02";
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.employees[0]", error.Path);
        Assert.StartsWith("unknown member 'salary'", error.Reason, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 40)]
    public void Read_MembersInAnyOrder_GivesTheSameSnapshot(OrganizationSnapshot snapshot, PositiveInt seed)
    {
        var json = SnapshotWriter.Write(snapshot, indented: false);
        var shuffled = Shuffle(json, new Random(seed.Get));

        Assert.Equal(snapshot, SnapshotReader.Read(shuffled));
    }

    [Fact]
    public void Read_MembersInReverseOrder_ReadsEveryPart()
    {
        var root = JsonNode.Parse(ValidSnapshotJson.Text)!.AsObject();
        var reversed = new JsonObject();
        foreach (var (name, value) in root.Reverse().ToList())
        {
            reversed[name] = value?.DeepClone();
        }

        var json = reversed.ToJsonString();
        Assert.StartsWith("{\"improvementPlans\"", json, StringComparison.Ordinal);

        Assert.Equal(SnapshotReader.Read(ValidSnapshotJson.Text), SnapshotReader.Read(json));
    }

    [Fact]
    public void Read_ReviewsAndObjectivesBeforeTheirCycles_StillChecksThemAgainstTheCycles()
    {
        var json = ValidSnapshotJson.With(r =>
        {
            var root = r.AsObject();
            var cycles = root["cycles"]!;
            root.Remove("cycles");
            root["cycles"] = cycles.DeepClone();
            r["reviews"]![0]!["overallRating"] = 4;
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.reviews[0].overallRating", error.Path);
        Assert.Contains("off the scale of cycle '2026'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherVersionAfterABrokenElement_ReportsTheVersion()
    {
        var json = ValidSnapshotJson.With(r =>
        {
            var root = r.AsObject();
            root.Remove("schemaVersion");
            root["schemaVersion"] = 3;
            r["employees"]![0]!.AsObject().Remove("id");
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Contains("schema version 3 is not supported; this reader reads versions 1 to 2.", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SupportedVersionAfterABrokenElement_ReportsTheElement()
    {
        var json = ValidSnapshotJson.With(r =>
        {
            var root = r.AsObject();
            root.Remove("schemaVersion");
            root["schemaVersion"] = 1;
            r["employees"]![0]!.AsObject().Remove("id");
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.employees[0].id", error.Path);
        Assert.Contains("required field is missing", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"schemaVersion\": 1}", "$.schemaVersion", "the member 'schemaVersion' appears more than once")]
    [InlineData("{\"schemaVersion\": 1, \"employees\": [], \"employees\": []}", "$.employees", "the member 'employees' appears more than once")]
    [InlineData("{\"schemaVersion\": 1, \"tenant\": \"acme\"}", "$", "unknown member 'tenant'; a snapshot has the members schemaVersion, organization, orgUnits")]
    [InlineData("{\"schemaVersion\": 1, \"employees\": {}}", "$.employees", "expected an array of employees, found an object")]
    [InlineData("{\"schemaVersion\": 1, \"organization\": []}", "$.organization", "expected an object (the organization)")]
    [InlineData("{\"schemaVersion\": \"1\"}", "$.schemaVersion", "expected a whole number, found '1'")]
    [InlineData("{\"schemaVersion\": 1, \"employees\": [5]}", "$.employees[0]", "expected an object (an employee)")]
    [InlineData("{\"schemaVersion\": 1, \"employees\": [{\"id\": \"a\", ]}", "$.employees[0]", "malformed JSON")]
    public void Read_TopLevelProblems_AreReportedAtTheirMember(string json, string path, string reason)
    {
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_StreamRefusingSynchronousReads_ReadsTheSnapshot()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidSnapshotJson.Text);
        await using var stream = new ChunkedStream(bytes, seed: 7, maxChunk: 300, asyncOnly: true);

        var snapshot = await SnapshotReader.ReadAsync(stream);

        Assert.Equal(SnapshotReader.Read(ValidSnapshotJson.Text), snapshot);
        Assert.True(stream.Reads > 1);
    }

    [Fact]
    public async Task ReadAsync_BrokenSnapshot_ThrowsWithPath()
    {
        var json = ValidSnapshotJson.With(r => r["employees"]![1]!.AsObject().Remove("hireDate"));
        await using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), seed: 3, maxChunk: 50, asyncOnly: true);

        var error = await Assert.ThrowsAsync<InvalidSnapshotException>(async () => await SnapshotReader.ReadAsync(stream));

        Assert.Equal("$.employees[1].hireDate", error.Path);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var stream = new ChunkedStream(Encoding.UTF8.GetBytes(ValidSnapshotJson.Text), seed: 1, maxChunk: 10, asyncOnly: true);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await SnapshotReader.ReadAsync(stream, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Read_Utf8TextWithCharactersOfEveryWidth_ReadsThemBack()
    {
        // One, two, three and four UTF-8 bytes per character, and escapes, read through the text's own encoding stream.
        const string Name = "Zoë Ωmega 東京 😀 \"quoted\" \\ tab\t";
        var json = ValidSnapshotJson.With(r => r["employees"]![2]!["name"] = Name);

        Assert.Equal(Name, SnapshotReader.Read(json).Employee(new PerfDomain.Employees.EmployeeId("ann")).Name);
    }

    /// <summary>The snapshot's top-level members in a random order.</summary>
    private static string Shuffle(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var members = root.ToList();
        var shuffled = new JsonObject();
        foreach (var (name, value) in members.OrderBy(_ => random.Next()))
        {
            shuffled[name] = value?.DeepClone();
        }

        return shuffled.ToJsonString();
    }
}
