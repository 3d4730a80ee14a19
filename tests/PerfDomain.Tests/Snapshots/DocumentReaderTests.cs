using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Snapshots;

// The hand-made element readers (DocumentReaders) against the serializer they stand in for: the same
// snapshot from the same text, or the same error, word for word and at the same path.
public sealed class DocumentReaderTests
{
    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 40)]
    public void Read_ValidSnapshot_GivesTheSnapshotTheSerializerGives(OrganizationSnapshot snapshot, bool indented)
    {
        var json = SnapshotWriter.Write(snapshot, indented);

        var (expected, actual) = (Outcome(json, documentReaders: false), Outcome(json, documentReaders: true));

        Assert.Equal(expected, actual);
        Assert.Equal(SnapshotWriter.Write(snapshot, indented: false), actual);
    }

    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 150)]
    public void Read_MutatedSnapshot_GivesTheSameSnapshotOrTheSameError(OrganizationSnapshot snapshot, PositiveInt seed, bool indented)
    {
        var random = new Random(seed.Get);
        var root = JsonNode.Parse(SnapshotWriter.Write(snapshot, indented: false))!;
        JsonMutations.Mutate(root, random, random.Next(1, 4));

        var json = root.ToJsonString(new() { WriteIndented = indented });

        Assert.Equal(Outcome(json, documentReaders: false), Outcome(json, documentReaders: true));
    }

    [Theory]
    [InlineData("\"id\"", "\"i\\u0064\"")] // an escaped member name is the same member
    [InlineData("\"name\"", "\"Name\"")] // names are case-sensitive
    [InlineData("\"hireDate\": \"2025-01-06\"", "\"hireDate\": null")] // null is absent
    [InlineData("\"hireDate\": \"2025-01-06\"", "\"hireDate\": \"2025-01-06\", \"hireDate\": \"2025-01-06\"")] // a repeated member
    [InlineData("\"hireDate\": \"2025-01-06\"", "\"hireDate\": \"2025\\u002d01-06\"")] // an escaped date
    [InlineData("\"statusHistory\": [", "\"statusHistory\": [null, ")] // a null element of a nested list
    [InlineData("\"statusHistory\": [", "\"statusHistory\": {\"x\": [")] // an object for a list
    [InlineData("\"status\": \"active\"", "\"status\": 1")] // a number for an enum
    [InlineData("\"status\": \"active\"", "\"status\": \"act\\u0069ve\"")] // an escaped enum value
    [InlineData("\"level\": 3", "\"level\": 3.0")] // a whole number written with a fraction
    [InlineData("\"level\": 3", "\"level\": \"3\"")] // a number as text
    [InlineData("\"status\": \"active\"", "\"status\": \"\\ud800\"")] // a lone surrogate escape for an enum (the reader throws InvalidOperationException)
    [InlineData("\"name\": \"", "\"name\": \"\\udc00")] // a lone surrogate escape in text
    public void Read_UnusualElement_GivesTheSameSnapshotOrTheSameError(string find, string replacement)
    {
        var json = ValidSnapshotJson.Text;
        var at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sample has no {find}");
        json = string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + find.Length));

        Assert.Equal(Outcome(json, documentReaders: false), Outcome(json, documentReaders: true));
    }

    [Fact]
    public void DocumentReaders_EveryElementDocument_HasAReaderForEachMember()
    {
        // Build() refuses a reader that leaves out a member of the serializer's metadata.
        var readers = new object[]
        {
            DocumentReaders.OrgUnit, DocumentReaders.Employee, DocumentReaders.Cycle, DocumentReaders.CycleRecord,
            DocumentReaders.Objective, DocumentReaders.CheckIn, DocumentReaders.FeedbackNote, DocumentReaders.Review,
            DocumentReaders.DevelopmentPlan, DocumentReaders.Recognition, DocumentReaders.ImprovementPlan,
            DocumentReaders.PayRange, DocumentReaders.Compensation, DocumentReaders.PotentialAssessment,
        };

        Assert.All(readers, Assert.NotNull);
        var missing = Assert.Throws<InvalidOperationException>(() => new DocumentReader<OrgUnitDocument>().Value<string>("id", (d, v) => d.Id = v).Build());
        Assert.Contains("name, parentId", missing.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 150)]
    public void Read_WithTightLimitsAndAnyBuffer_GivesTheSameSnapshotOrTheSameError(OrganizationSnapshot snapshot, PositiveInt seed, bool indented)
    {
        // The document readers skip the parser's scan for limits and may start an element the buffer does not hold whole.
        var random = new Random(seed.Get);
        var root = JsonNode.Parse(SnapshotWriter.Write(snapshot, indented: false))!;
        JsonMutations.Mutate(root, random, random.Next(0, 3));
        var json = root.ToJsonString(new() { WriteIndented = indented });
        var options = new SnapshotReaderOptions { MaxStringLength = random.Next(8, 80), MaxArrayLength = random.Next(0, 40) };
        var bufferSize = random.Next(1, 3000);

        Assert.Equal(Outcome(json, documentReaders: false, options, bufferSize), Outcome(json, documentReaders: true, options, bufferSize));
    }

    // The compact text of the snapshot read, or the error's path and message.
    private static string Outcome(string json, bool documentReaders, SnapshotReaderOptions? options = null, int bufferSize = SnapshotJsonParser.DefaultBufferSize)
    {
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
            return SnapshotWriter.Write(SnapshotJsonParser.Read(stream, options ?? SnapshotReaderOptions.Default, bufferSize, documentReaders), indented: false);
        }
        catch (InvalidSnapshotException ex)
        {
            return $"error at {ex.Path}: {ex.Message}";
        }
    }
}
