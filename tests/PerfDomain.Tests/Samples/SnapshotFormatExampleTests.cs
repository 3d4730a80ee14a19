using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Samples;

/// <summary>The complete example of docs/snapshot-format.md is a valid snapshot that uses every object type.</summary>
public sealed class SnapshotFormatExampleTests
{
    [Fact]
    public void Read_CompleteExampleOfTheFormatDocument_GivesASnapshotWithEveryObjectType()
    {
        var snapshot = SnapshotReader.Read(CompleteExample());

        Assert.NotEmpty(snapshot.OrgUnits);
        Assert.NotEmpty(snapshot.Employees);
        Assert.NotEmpty(snapshot.Cycles);
        Assert.NotEmpty(snapshot.CycleRecords);
        Assert.NotEmpty(snapshot.GoalSets);
        Assert.NotEmpty(snapshot.CheckIns);
        Assert.NotEmpty(snapshot.FeedbackNotes);
        Assert.NotEmpty(snapshot.Reviews);
        Assert.NotEmpty(snapshot.DevelopmentPlans);
        Assert.NotEmpty(snapshot.Recognitions);
        Assert.NotEmpty(snapshot.ImprovementPlans);
        Assert.NotEmpty(snapshot.PayRanges);
        Assert.NotEmpty(snapshot.Compensation);
        Assert.NotEmpty(snapshot.PotentialAssessments);
        Assert.Contains(snapshot.PotentialAssessments, a => a.IsCalibrated);
        Assert.Contains(snapshot.Reviews, r => r.IsCalibrated);
        Assert.Contains(snapshot.ImprovementPlans, p => p.Decisions.Count > 0);
    }

    [Fact]
    public void WriteThenRead_CompleteExample_GivesAnEqualSnapshot()
    {
        var snapshot = SnapshotReader.Read(CompleteExample());

        var written = SnapshotWriter.Write(snapshot);

        Assert.Equal(snapshot, SnapshotReader.Read(written));
        Assert.Equal(written, SnapshotWriter.Write(SnapshotReader.Read(written)));
    }

    // The last ```json block of the section "## Complete example".
    internal static string CompleteExample()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "snapshot-format.md")).ReplaceLineEndings("\n");
        var section = text[text.IndexOf("\n## Complete example", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var end = section.IndexOf("\n```", start, StringComparison.Ordinal);
        return section[start..end];
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PerfDomain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No PerfDomain.sln above {AppContext.BaseDirectory}.");
    }
}
