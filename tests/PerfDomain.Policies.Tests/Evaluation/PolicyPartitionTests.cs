using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

using PerfDomain.Policies.Tests.TestSupport;

namespace PerfDomain.Policies.Tests.Evaluation;

public sealed partial class PolicyPartitionTests
{
    private static readonly OrganizationSnapshot Sample = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json"));
    private static readonly PolicyEngine Engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
    private static readonly LocalDate AsOf = Sample.ReferenceDate!.Value;

    [Fact]
    public void CreatePartition_Sample_HasTheBatchDecisions()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);

        Assert.Equal(Engine.Evaluate(Sample, AsOf).Decisions, partition.Decisions);
    }

    [Fact]
    public void Apply_CheckInRecordedForOverdueEmployee_WithdrawsTheOverdueDecision()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);
        var jonas = new EmployeeId("e-018");
        var manager = Sample.Employee(jonas).ManagerId!.Value;
        var checkIn = CheckIn.Record(new CheckInId("ci-new"), jonas, AsOf, [manager]);
        var updated = With(Sample, checkIns: Sample.CheckIns.Append(checkIn));

        var changes = partition.Apply(updated);

        Assert.Contains(changes.Withdrawn, d => d.EmployeeId == jonas && d.Kind == DecisionKind.CheckInOverdue);
        Assert.Contains(changes.Added, d => d.EmployeeId == jonas && d.Kind == DecisionKind.CheckInDue && d.DueOn == AsOf.PlusDays(30));
        Assert.Equal(Engine.Evaluate(updated, AsOf).Decisions, partition.Decisions);
    }

    [Fact]
    public void Apply_CheckInAsAnAggregate_TouchesOnlyTheEmployeesAndTheirManagersFacts_AsPoliciesMdSays()
    {
        // The figures docs/policies.md quotes for the sample ("Incremental: PolicyPartition").
        var partition = Engine.CreatePartition(Sample, AsOf);
        var e018 = Sample.Employee(new EmployeeId("e-018"));

        var recorded = partition.Apply(CheckIn.Record(new CheckInId("ci-doc"), e018.Id, AsOf, [e018.ManagerOn(AsOf)!.Value]));
        var nextDay = partition.AdvanceTo(AsOf.PlusDays(1));

        Assert.Equal("1 added, 1 withdrawn, 0 changed (2 facts changed)", recorded.ToString());
#if NRULES_RUNTIME
        // NRules' runtime does not say which facts an answer about the date was read for: the date goes through the session.
        Assert.Equal("0 added, 0 withdrawn, 0 changed (1 fact changed)", nextDay.ToString());
#else
        Assert.Equal("0 added, 0 withdrawn, 0 changed (0 facts changed)", nextDay.ToString());
#endif
        Assert.Equal(Engine.Evaluate(partition.Snapshot, partition.AsOf).Decisions, partition.Decisions);
    }

    [Fact]
    public void AdvanceTo_LaterDate_EqualsABatchEvaluationOfThatDate()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);

        var changes = partition.AdvanceTo(AsOf.PlusDays(20));

        Assert.False(changes.IsEmpty);
        Assert.Equal(Engine.Evaluate(Sample, AsOf.PlusDays(20)).Decisions, partition.Decisions);
    }

    [Fact]
    public void Apply_SameSnapshot_ChangesNothing()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);

        var changes = partition.Apply(SnapshotReader.Read(SnapshotWriter.Write(Sample)));

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void ApplyAggregates_NewCheckIn_WithdrawsOverdueLikeASnapshotUpdate()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);
        var jonas = new EmployeeId("e-018");
        var checkIn = CheckIn.Record(new CheckInId("ci-agg"), jonas, AsOf, [Sample.Employee(jonas).ManagerId!.Value]);

        var changes = partition.Apply(checkIn);

        Assert.Contains(changes.Withdrawn, d => d.EmployeeId == jonas && d.Kind == DecisionKind.CheckInOverdue);
        Assert.Contains(partition.Snapshot.CheckIns, c => c.Id == checkIn.Id);
        Assert.Single(checkIn.DomainEvents);
    }

    [Fact]
    public void ApplyAggregates_EmployeeWentOnLeave_WithdrawsTheirDecisionsAsBatchWould()
    {
        var copy = SnapshotReader.Read(SnapshotWriter.Write(Sample));
        var partition = Engine.CreatePartition(copy, AsOf);
        var ravi = copy.Employee(new EmployeeId("e-022"));
        Assert.Contains(partition.Decisions, d => d.EmployeeId == ravi.Id);

        ravi.StartLeave(AsOf);
        var changes = partition.Apply(ravi);

        Assert.DoesNotContain(partition.Decisions, d => d.EmployeeId == ravi.Id);
        Assert.Contains(changes.Withdrawn, d => d.EmployeeId == ravi.Id);
        Assert.Equal(Engine.Evaluate(partition.Snapshot, AsOf).Decisions, partition.Decisions);
    }

    [Fact]
    public void ApplyAggregates_CheckInOfUnknownEmployee_ThrowsInvalidSnapshot()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);
        var stray = CheckIn.Record(new CheckInId("ci-stray"), new EmployeeId("e-nobody"), AsOf, [new EmployeeId("e-001")]);

        var error = Assert.Throws<InvalidSnapshotException>(() => partition.Apply(stray));

        Assert.Contains("unknown employee 'e-nobody'", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(partition.Snapshot.CheckIns, c => c.Id == stray.Id);
    }

    internal static OrganizationSnapshot With(OrganizationSnapshot s, IEnumerable<CheckIn>? checkIns = null) =>
        new(s.OrganizationName, s.Employees, s.Cycles, s.ReferenceDate, s.OrgUnits, s.CycleRecords, s.GoalSets, checkIns ?? s.CheckIns, s.FeedbackNotes, s.Reviews, s.DevelopmentPlans, s.Recognitions, s.ImprovementPlans);
}
