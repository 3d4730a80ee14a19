using FsCheck.Xunit;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generators;
using PerfDomain.Tests.TestSupport;

namespace PerfDomain.Testing.Tests.Generators;

/// <summary>SnapshotBuilder over the organisations policy authors test with: rows in, the same snapshot out.</summary>
public sealed class SnapshotBuilderPropertyTests
{
    [Property(Arbitrary = new[] { typeof(OrganizationArbitraries) }, MaxTest = 25)]
    public void Build_RowsOfAGeneratedOrganization_GivesAnEqualSnapshot(OrganizationSnapshot snapshot)
    {
        var built = SnapshotRows.Builder(snapshot).Build();

        Assert.Equal(snapshot, built);
        Assert.Equal(snapshot.Employees.Select(e => e.ManagerId), built.Employees.Select(e => e.ManagerId));
    }
}
