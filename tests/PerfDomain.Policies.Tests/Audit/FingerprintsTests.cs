using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Tests.Audit;

public sealed class FingerprintsTests
{
    [Fact]
    public void Of_Snapshot_IsTheSameReadBackFromIndentedOrCompactText_AndWellFormed()
    {
        var snapshot = SampleOrganization.Snapshot;

        var fingerprint = Fingerprints.Of(snapshot);

        Assert.True(Fingerprints.IsWellFormed(fingerprint), fingerprint);
        Assert.Equal(fingerprint, Fingerprints.Of(SnapshotReader.Read(SnapshotWriter.Write(snapshot, indented: true))));
        Assert.Equal(fingerprint, Fingerprints.Of(SnapshotReader.Read(SnapshotWriter.Write(snapshot, indented: false))));
    }

    [Fact]
    public void Of_Snapshot_ChangesWithTheOrganisation()
    {
        var snapshot = SampleOrganization.Snapshot;
        var review = snapshot.Reviews.First(r => r.Role == PerfDomain.Reviews.ReviewerRole.Manager && r.OverallRating is > 1 && !r.IsCalibrated && r.SubmittedOn is not null);
        var copy = SnapshotReader.Read(SnapshotWriter.Write(snapshot)).Reviews.Single(r => r.Id == review.Id);
        copy.Calibrate(review.OverallRating!.Value - 1, review.ReviewerId, "fingerprint test", review.SubmittedOn!.Value);

        Assert.NotEqual(Fingerprints.Of(snapshot), Fingerprints.Of(snapshot.With(copy)));
    }

    [Fact]
    public void Of_Parameters_DependsOnTheValuesOnly()
    {
        var spelledOut = PolicyParameters.FromJson("""{ "reviewCadence": { "overdueGraceDays": 7, "checkInIntervalDays": 30 } }""");
        var tighter = PolicyParameters.FromJson("""{"reviewCadence":{"checkInIntervalDays":14}}""");

        Assert.Equal(Fingerprints.Of(PolicyParameters.Default), Fingerprints.Of(spelledOut));
        Assert.NotEqual(Fingerprints.Of(PolicyParameters.Default), Fingerprints.Of(tighter));
        Assert.Equal(Fingerprints.Of(tighter), Fingerprints.Of(PolicyParameters.FromJson(tighter.ToJson())));
    }
}
