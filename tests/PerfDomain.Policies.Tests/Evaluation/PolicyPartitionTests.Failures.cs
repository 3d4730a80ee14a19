using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// An update that fails — a rule throws, or the call is cancelled — leaves the partition as it was; the next update
/// brings it where a fresh batch evaluation is, and reports the changes since the decisions last reported.
/// </summary>
public sealed partial class PolicyPartitionTests
{
    private static readonly EmployeeId E1 = new("e-1");
    private static readonly EmployeeId E2 = new("e-2");
    private static readonly LocalDate March10 = D(2026, 3, 10);

    private static PolicyEngine FragileEngine(params Type[] rules) =>
        TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(Fragile.Pack(rules)).Build();

    private static PolicyEngine TrapEngine(CancelTrap trap) =>
        TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(CancelTrap.Pack(trap)).Build();

    [Fact]
    public void ApplyAggregates_ConditionThrows_PartitionUnchangedThenCatchesUpLikeABatch()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", level: 11).CheckIn("e-1", D(2026, 2, 1)).Build();
        var engine = FragileEngine(typeof(FragileConditionRule));
        var partition = engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;
        var e1 = snapshot.Employee(E1);
        e1.ChangeRole("Unlucky engineer", 13, D(2026, 3, 1));

        var ex = Assert.Throws<PolicyEvaluationException>(() => partition.Apply(e1));

        Assert.Equal(FragileConditionRule.RuleName, ex.RuleName);
        Assert.Equal([E1], ex.EmployeeIds);
        Assert.Same(snapshot, partition.Snapshot);
        Assert.Equal(March10, partition.AsOf);
        Assert.Equal(before, partition.Decisions);

        e1.ChangeRole("Lucky engineer", 14, D(2026, 3, 2));
        var changes = partition.Apply(e1);

        AssertCaughtUp(engine, partition, before, changes);
        Assert.Contains(changes.Added, d => d.Kind == Fragile.Kind && d.EmployeeId == E1);
        var caughtUp = partition.Decisions;
        AssertCaughtUp(engine, partition, caughtUp, partition.AdvanceTo(March10.PlusDays(1)));
    }

    [Fact]
    public void AdvanceTo_ActionThrows_PartitionUnchangedThenCatchesUpLikeABatch()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", level: 11).CheckIn("e-1", D(2026, 2, 1)).Build();
        var engine = FragileEngine(typeof(FragileActionRule));
        var partition = engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;

        var ex = Assert.Throws<PolicyEvaluationException>(() => partition.AdvanceTo(D(2026, 3, 13)));

        Assert.Equal([E2], ex.EmployeeIds);
        Assert.Equal(RuleFailureStage.Action, ex.Stage);
        Assert.Equal(March10, partition.AsOf);
        Assert.Equal(before, partition.Decisions);

        // Any update brings the partition up to date: here a check-in, on the date it still has.
        var checkIn = CheckIn.Record(new CheckInId("ci-after-failure"), E1, March10, [OrganizationBuilder.Manager]);
        var changes = partition.Apply(checkIn);

        AssertCaughtUp(engine, partition, before, changes);
        Assert.Contains(partition.Snapshot.CheckIns, c => c.Id == checkIn.Id);
        var later = partition.Decisions;
        changes = partition.AdvanceTo(D(2026, 3, 14));
        AssertCaughtUp(engine, partition, later, changes);
    }

    [Fact]
    public void ApplySnapshot_RuleThrows_PartitionUnchangedThenCatchesUpLikeABatch()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", level: 11).Build();
        var engine = FragileEngine(typeof(FragileConditionRule));
        var partition = engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;

        Assert.Throws<PolicyEvaluationException>(() => partition.Apply(new OrganizationBuilder().Hire("e-1", level: 13).Hire("e-2", level: 11).Build()));

        Assert.Same(snapshot, partition.Snapshot);
        Assert.Equal(before, partition.Decisions);
        var changes = partition.Apply(new OrganizationBuilder().Hire("e-1", level: 12).Hire("e-2", level: 11).Build());
        AssertCaughtUp(engine, partition, before, changes);
        Assert.Equal([E1], changes.Added.Where(d => d.Kind == Fragile.Kind).Select(d => d.EmployeeId));
    }

    [Fact]
    public void AdvanceTo_CancelledWhileFiring_PartitionUnchangedThenAdvancesLikeABatch()
    {
        using var cancellation = new CancellationTokenSource();
        var trap = new CancelTrap(D(2026, 3, 20), cancellation);
        var engine = TrapEngine(trap);
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", probation: true, on: D(2026, 1, 5)).CheckIn("e-1", D(2026, 2, 1)).Build();
        var partition = engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;

        Assert.ThrowsAny<OperationCanceledException>(() => partition.AdvanceTo(trap.On, cancellation.Token));

        Assert.True(trap.Sprung);
        Assert.Equal(March10, partition.AsOf);
        Assert.Equal(before, partition.Decisions);
        var changes = partition.AdvanceTo(trap.On);
        Assert.False(changes.IsEmpty);
        AssertCaughtUp(engine, partition, before, changes);
    }

    [Fact]
    public void ApplyAggregates_CancelledWhileFiring_PartitionUnchangedThenAppliesLikeABatch()
    {
        using var cancellation = new CancellationTokenSource();
        var trap = new CancelTrap(D(2026, 3, 9), cancellation);
        var engine = TrapEngine(trap);
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").CheckIn("e-1", D(2026, 1, 5)).Build();
        var partition = engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;
        var checkIn = CheckIn.Record(new CheckInId("ci-trap"), E1, trap.On, [OrganizationBuilder.Manager]);

        Assert.ThrowsAny<OperationCanceledException>(() => partition.Apply([checkIn], cancellation.Token));

        Assert.True(trap.Sprung);
        Assert.Same(snapshot, partition.Snapshot);
        Assert.Equal(before, partition.Decisions);
        var changes = partition.Apply(checkIn);
        AssertCaughtUp(engine, partition, before, changes);
        Assert.Contains(changes.Withdrawn, d => d.EmployeeId == E1 && d.Kind == DecisionKind.CheckInOverdue);
    }

    [Fact]
    public void ApplySnapshot_RuleObservesTheCancelledToken_ThrowsOperationCanceledAndPartitionUnchanged()
    {
        using var cancellation = new CancellationTokenSource();
        var trap = new CancelTrap(D(2026, 3, 9), cancellation, observe: true);
        var engine = TrapEngine(trap);
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 1, 5)).Build();
        var partition = engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;
        var updated = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 1, 5)).CheckIn("e-1", trap.On).Build();

        var ex = Assert.ThrowsAny<OperationCanceledException>(() => partition.Apply(updated, cancellation.Token));

        Assert.Equal(cancellation.Token, ex.CancellationToken);
        Assert.Equal(before, partition.Decisions);
        AssertCaughtUp(engine, partition, before, partition.Apply(updated));
    }

    [Fact]
    public void Updates_TokenAlreadyCancelled_ThrowBeforeTouchingThePartition()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 1, 5)).Build();
        var partition = Engine.CreatePartition(snapshot, March10);
        var before = partition.Decisions;
        var checkIn = CheckIn.Record(new CheckInId("ci-cancelled"), E1, March10, [OrganizationBuilder.Manager]);
        var token = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() => partition.Apply([checkIn], token));
        Assert.ThrowsAny<OperationCanceledException>(() => partition.Apply(new OrganizationBuilder().Hire("e-1").Build(), token));
        Assert.ThrowsAny<OperationCanceledException>(() => partition.AdvanceTo(March10.PlusDays(3), token));

        Assert.Same(snapshot, partition.Snapshot);
        Assert.Equal(before, partition.Decisions);
        AssertCaughtUp(Engine, partition, before, partition.AdvanceTo(March10.PlusDays(3)));
    }

    // The partition holds what a batch of its snapshot and date gives, and reported exactly the difference.
    private static void AssertCaughtUp(PolicyEngine engine, PolicyPartition partition, IReadOnlyList<Decision> before, DecisionChanges changes)
    {
        var batch = engine.Evaluate(partition.Snapshot, partition.AsOf).Decisions;
        Assert.Equal(batch, partition.Decisions);
        var expected = DecisionChanges.Between(before, batch, 0);
        Assert.Equal(expected.Added, changes.Added);
        Assert.Equal(expected.Withdrawn, changes.Withdrawn);
        Assert.Equal(expected.Changed, changes.Changed);
    }
}
