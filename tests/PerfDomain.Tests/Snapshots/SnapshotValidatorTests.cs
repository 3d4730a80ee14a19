using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

// The checks between aggregates, run side by side on large snapshots: the same first problem as one after the other.
public sealed class SnapshotValidatorTests
{
    [Property(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 150)]
    public void Validate_SideBySide_ReportsWhatOneAfterTheOtherReports(OrganizationSnapshot snapshot, PositiveInt seed)
    {
        var root = JsonNode.Parse(SnapshotWriter.Write(snapshot, indented: false))!;
        var random = new Random(seed.Get);
        JsonMutations.Mutate(root, random, random.Next(1, 4));
        var json = root.ToJsonString();

        Assert.Equal(Outcome(json, parallel: false), Outcome(json, parallel: true));
    }

    [Fact]
    public void Validate_SideBySide_TwoProblemsInDifferentChecks_ReportsTheOneAnEarlierCheckFinds()
    {
        var recognitionOnly = ValidSnapshotJson.With(r => r["recognitions"]![0]!["employeeId"] = "nobody");
        var both = ValidSnapshotJson.With(r =>
        {
            r["recognitions"]![0]!["employeeId"] = "nobody";
            r["checkIns"]![0]!["employeeId"] = "nobody";
        });

        Assert.StartsWith("error at $.recognitions[0].employeeId:", Outcome(recognitionOnly, parallel: true), StringComparison.Ordinal);
        Assert.StartsWith("error at $.checkIns[0].employeeId:", Outcome(both, parallel: true), StringComparison.Ordinal);
        Assert.Equal(Outcome(both, parallel: false), Outcome(both, parallel: true));
    }

    private static string Outcome(string json, bool parallel)
    {
        SnapshotValidator.ForceParallel = parallel;
        try
        {
            return SnapshotWriter.Write(SnapshotReader.Read(json), indented: false);
        }
        catch (InvalidSnapshotException ex)
        {
            return $"error at {ex.Path}: {ex.Message}";
        }
        finally
        {
            SnapshotValidator.ForceParallel = null;
        }
    }
}
