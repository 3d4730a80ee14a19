using System.Text.RegularExpressions;
using FsCheck.Xunit;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

/// <summary>
/// Schema version 1 (no pay, no potential) is still read: its text reads to the snapshot it was written from, and
/// that snapshot written again differs from it in <c>schemaVersion</c> alone.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 40)]
public sealed partial class SnapshotVersionTests
{
    [Property]
    public void Read_Version1TextOfASnapshotWithoutPayOrPotential_GivesTheSameSnapshot(OrganizationSnapshot snapshot)
    {
        var current = SnapshotWriter.Write(snapshot);
        var version1 = AsVersion1(current);

        var read = SnapshotReader.Read(version1);

        Assert.NotEqual(current, version1);
        Assert.Equal(snapshot, read);
        Assert.Equal(current, SnapshotWriter.Write(read));
    }

    [Property]
    public void Read_CompactVersion1Text_GivesTheSameSnapshot(OrganizationSnapshot snapshot)
    {
        var version1 = AsVersion1(SnapshotWriter.Write(snapshot, indented: false));

        Assert.Equal(snapshot, SnapshotReader.Read(version1));
    }

    [Theory]
    [InlineData("payRanges", "[]")]
    [InlineData("compensation", "[{\"employeeId\":\"e-001\",\"basePay\":[]}]")]
    [InlineData("potentialAssessments", "[]")]
    public void Read_Version1WithASectionOfVersion2_IsRefusedAtTheSection(string member, string value)
    {
        // The test snapshot is a version-1 file.
        var json = ValidSnapshotJson.Text.TrimEnd().TrimEnd('}') + $",\"{member}\":{value}}}";

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal($"$.{member}", error.Path);
        Assert.Equal($"the member '{member}' belongs to schema version 2; this snapshot declares schemaVersion 1 (change it to 2: nothing else changes).", error.Reason);
    }

    [Fact]
    public void Read_Version1DeclaredAfterABrokenSectionOfVersion2_ReportsTheVersionNotTheElement()
    {
        var json = "{\"compensation\":[{\"employeeId\":\"e-001\",\"basePay\":[]}]," + ValidSnapshotJson.Text.TrimStart()[1..];

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.compensation", error.Path);
        Assert.StartsWith("the member 'compensation' belongs to schema version 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Version1Snapshot_WritesTheCurrentVersion()
    {
        var written = SnapshotWriter.Write(SnapshotReader.Read(ValidSnapshotJson.Text));

        Assert.Equal(2, OrganizationSnapshot.CurrentSchemaVersion);
        Assert.Equal(1, OrganizationSnapshot.OldestSchemaVersion);
        Assert.Matches(SchemaVersion(), written);
        Assert.Contains("\"schemaVersion\": 2", written, StringComparison.Ordinal);
    }

    private static string AsVersion1(string json)
    {
        Assert.Matches(SchemaVersion(), json);
        return SchemaVersion().Replace(json, m => m.Value[..^1] + "1", 1);
    }

    [GeneratedRegex("^\\{\\s*\"schemaVersion\": ?2")]
    private static partial Regex SchemaVersion();
}
