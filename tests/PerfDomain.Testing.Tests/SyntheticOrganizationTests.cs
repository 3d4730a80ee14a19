using PerfDomain.Consequences;
using PerfDomain.Employees;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Testing.Tests;

public sealed class SyntheticOrganizationTests
{
    private static readonly Lazy<OrganizationSnapshot> Thousand = new(() => SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 1_000, Seed = 7 }));

    [Fact]
    public void Generate_SameSeed_GivesIdenticalJson()
    {
        var options = new SyntheticOrganizationOptions { Employees = 100, Seed = 11 };

        var first = SnapshotWriter.Write(SyntheticOrganization.Generate(options));
        var second = SnapshotWriter.Write(SyntheticOrganization.Generate(options));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeeds_Differ()
    {
        var first = SnapshotWriter.Write(SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 100, Seed = 1 }));
        var second = SnapshotWriter.Write(SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 100, Seed = 2 }));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_RoundTripsThroughTheSnapshotReader()
    {
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 100, Seed = 3 });
        var json = SnapshotWriter.Write(snapshot);

        var read = SnapshotReader.Read(json);

        Assert.Equal(json, SnapshotWriter.Write(read));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(1_000)]
    public void Generate_MakesTheRequestedNumberOfEmployees(int employees)
    {
        var snapshot = employees == 1_000 ? Thousand.Value : SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = employees });

        Assert.Equal(employees, snapshot.Employees.Count);
        Assert.Single(snapshot.Employees, e => e.ManagerId is null);
        Assert.Equal(4, snapshot.Cycles.Count);
        Assert.Equal(new SyntheticOrganizationOptions().ReferenceDate, snapshot.ReferenceDate);
    }

    [Fact]
    public void Generate_ClearsEveryDomainEvent()
    {
        var snapshot = Thousand.Value;

        Assert.All(snapshot.Employees, e => Assert.Empty(e.DomainEvents));
        Assert.All(snapshot.CycleRecords, r => Assert.Empty(r.DomainEvents));
        Assert.All(snapshot.GoalSets, g => Assert.Empty(g.DomainEvents));
        Assert.All(snapshot.CheckIns, c => Assert.Empty(c.DomainEvents));
        Assert.All(snapshot.FeedbackNotes, n => Assert.Empty(n.DomainEvents));
        Assert.All(snapshot.Reviews, r => Assert.Empty(r.DomainEvents));
        Assert.All(snapshot.DevelopmentPlans, p => Assert.Empty(p.DomainEvents));
        Assert.All(snapshot.Recognitions, r => Assert.Empty(r.DomainEvents));
        Assert.All(snapshot.ImprovementPlans, p => Assert.Empty(p.DomainEvents));
    }

    [Fact]
    public void Generate_ContainsEverySituationThePacksCareAbout()
    {
        var snapshot = Thousand.Value;
        var asOf = snapshot.ReferenceDate!.Value;

        Assert.Contains(snapshot.Employees, e => e.Status == EmploymentStatus.Probation);
        Assert.Contains(snapshot.Employees, e => e.Status == EmploymentStatus.OnLeave);
        Assert.Contains(snapshot.Employees, e => e.Status == EmploymentStatus.Terminated);
        Assert.Contains(snapshot.Employees, e => e.RoleHistory.Count > 1);
        Assert.Contains(snapshot.ImprovementPlans, p => p.IsActiveOn(asOf));
        Assert.Contains(snapshot.DevelopmentPlans, p => p.IsActiveOn(asOf));
        Assert.Contains(snapshot.Recognitions, r => r.Kind == RecognitionKind.Recognition);

        var closed = snapshot.Cycles.Where(c => c.Period.End < asOf).OrderBy(c => c.Period.Start).Select(c => c.Id).ToList();
        var low = snapshot.Reviews
            .Where(r => r.Role == ReviewerRole.Manager && r.IsCalibrated && r.OverallRating < r.Scale.MeetsThreshold)
            .Select(r => (r.EmployeeId, r.CycleId))
            .ToHashSet();
        Assert.Contains(snapshot.Employees, e => low.Contains((e.Id, closed[^1])) && low.Contains((e.Id, closed[^2])));
        var ratings = snapshot.Reviews.Where(r => r.Role == ReviewerRole.Manager && r.OriginalRating is not null).GroupBy(r => r.OriginalRating!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(5, ratings.Count);
        Assert.True(ratings[3] > ratings[4] && ratings[4] > ratings[5], "ratings are centred on 'meets'");
    }

    [Fact]
    public void Generate_BadOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Years = 0 }));
        Assert.Throws<ArgumentNullException>(() => SyntheticOrganization.Generate(null!));
    }
}
