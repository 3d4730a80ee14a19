using FsCheck.Xunit;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

[Properties(Arbitrary = new[] { typeof(SnapshotArbitraries) }, MaxTest = 150)]
public sealed class SnapshotRoundTripTests
{
    [Property]
    public void WriteThenRead_AnyValidSnapshot_GivesAnEqualSnapshot(OrganizationSnapshot snapshot)
    {
        var json = SnapshotWriter.Write(snapshot);

        var read = SnapshotReader.Read(json);

        Assert.Equal(snapshot, read);
        Assert.Equal(json, SnapshotWriter.Write(read));
    }

    [Property]
    public void WriteThenRead_AnyValidSnapshot_KeepsEveryRecordInOrder(OrganizationSnapshot snapshot)
    {
        var read = SnapshotReader.Read(SnapshotWriter.Write(snapshot, indented: false));

        Assert.Equal(snapshot.ReferenceDate, read.ReferenceDate);
        Assert.Equal(snapshot.Employees.Select(e => (e.Id, e.Name, e.HireDate, e.OrgUnitId)), read.Employees.Select(e => (e.Id, e.Name, e.HireDate, e.OrgUnitId)));
        Assert.Equal(snapshot.Employees.SelectMany(e => e.StatusHistory), read.Employees.SelectMany(e => e.StatusHistory));
        Assert.Equal(snapshot.Employees.SelectMany(e => e.RoleHistory), read.Employees.SelectMany(e => e.RoleHistory));
        Assert.Equal(snapshot.Employees.SelectMany(e => e.ReportingLines), read.Employees.SelectMany(e => e.ReportingLines));
        Assert.Equal(snapshot.Employees.SelectMany(e => e.OrgUnitHistory), read.Employees.SelectMany(e => e.OrgUnitHistory));
        Assert.Equal(snapshot.Cycles.Select(c => (c.Id, c.Period, c.Scale)), read.Cycles.Select(c => (c.Id, c.Period, c.Scale)));
        Assert.Equal(snapshot.CycleRecords.SelectMany(r => r.History), read.CycleRecords.SelectMany(r => r.History));
        Assert.Equal(
            snapshot.GoalSets.SelectMany(s => s.Objectives).Select(o => (o.Id, o.Owner, o.Weight, o.ParentId, o.KeyResults.Count)),
            read.GoalSets.SelectMany(s => s.Objectives).Select(o => (o.Id, o.Owner, o.Weight, o.ParentId, o.KeyResults.Count)));
        Assert.Equal(
            snapshot.GoalSets.SelectMany(s => s.Objectives).SelectMany(o => o.KeyResults).Select(k => (k.Id, k.Start, k.Target, k.Current, k.LastUpdatedOn)),
            read.GoalSets.SelectMany(s => s.Objectives).SelectMany(o => o.KeyResults).Select(k => (k.Id, k.Start, k.Target, k.Current, k.LastUpdatedOn)));
        Assert.Equal(snapshot.CheckIns.Select(c => (c.Id, c.Date, c.Participants.Count, c.Progress.Count)), read.CheckIns.Select(c => (c.Id, c.Date, c.Participants.Count, c.Progress.Count)));
        Assert.Equal(snapshot.FeedbackNotes.Select(n => (n.Id, n.Direction, n.Date)), read.FeedbackNotes.Select(n => (n.Id, n.Direction, n.Date)));
        Assert.Equal(
            snapshot.Reviews.Select(r => (r.Id, r.Status, r.OriginalRating, r.OverallRating, r.IsCalibrated)),
            read.Reviews.Select(r => (r.Id, r.Status, r.OriginalRating, r.OverallRating, r.IsCalibrated)));
        Assert.Equal(snapshot.Reviews.SelectMany(r => r.Calibrations), read.Reviews.SelectMany(r => r.Calibrations));
        Assert.Equal(snapshot.Reviews.SelectMany(r => r.CompetencyRatings), read.Reviews.SelectMany(r => r.CompetencyRatings));
        Assert.Equal(
            snapshot.DevelopmentPlans.SelectMany(p => p.Actions).Select(a => (a.Id, a.Status, a.ClosedOn)),
            read.DevelopmentPlans.SelectMany(p => p.Actions).Select(a => (a.Id, a.Status, a.ClosedOn)));
        Assert.Equal(snapshot.DevelopmentPlans.Select(p => (p.Id, p.Status, p.ClosedOn)), read.DevelopmentPlans.Select(p => (p.Id, p.Status, p.ClosedOn)));
        Assert.Equal(snapshot.Recognitions.Select(r => (r.Id, r.Kind, r.CycleId, r.GrantedOn)), read.Recognitions.Select(r => (r.Id, r.Kind, r.CycleId, r.GrantedOn)));
        Assert.Equal(
            snapshot.ImprovementPlans.Select(p => (p.Id, p.StartOn, p.Duration, p.EndsOn, p.Outcome)),
            read.ImprovementPlans.Select(p => (p.Id, p.StartOn, p.Duration, p.EndsOn, p.Outcome)));
        Assert.Equal(snapshot.ImprovementPlans.SelectMany(p => p.Checkpoints), read.ImprovementPlans.SelectMany(p => p.Checkpoints));
        Assert.Equal(snapshot.ImprovementPlans.SelectMany(p => p.Decisions), read.ImprovementPlans.SelectMany(p => p.Decisions));
    }

    [Property]
    public void Read_AnyValidSnapshot_RecordsNoDomainEvents(OrganizationSnapshot snapshot)
    {
        var read = SnapshotReader.Read(SnapshotWriter.Write(snapshot));

        Assert.All(read.Employees, e => Assert.Empty(e.DomainEvents));
        Assert.All(read.Reviews, r => Assert.Empty(r.DomainEvents));
        Assert.All(read.GoalSets, g => Assert.Empty(g.DomainEvents));
        Assert.All(read.ImprovementPlans, p => Assert.Empty(p.DomainEvents));
    }
}
