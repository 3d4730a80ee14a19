using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Testing.Generation;
using static PerfDomain.Policies.Tests.TestSupport.Dates;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// Every evaluation takes a token: cancelled before the call, or while rules fire (a rule of the cancelling pack cancels
/// it mid-fire), it throws <see cref="OperationCanceledException"/>, on either runtime and in a sliced batch too. Partitions
/// after a cancelled update are covered in <see cref="PolicyPartitionTests"/>.
/// </summary>
public sealed class CancellationTests
{
    private static readonly PolicyEngine Engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();

    private static PolicyEngineBuilder TrapBuilder(CancelTrap trap) =>
        TestRuntime.CreateBuilder().AddDefaultPacks().AddPack(CancelTrap.Pack(trap));

    [Fact]
    public void EngineCalls_TokenAlreadyCancelled_Throw()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();
        var token = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() => Engine.Evaluate(snapshot, D(2026, 3, 10), cancellationToken: token));
        Assert.ThrowsAny<OperationCanceledException>(() => Engine.Explain(snapshot, D(2026, 3, 10), OrganizationBuilder.Manager, cancellationToken: token));
        Assert.ThrowsAny<OperationCanceledException>(() => Engine.CreatePartition(snapshot, D(2026, 3, 10), cancellationToken: token));
    }

    [Fact]
    public void Evaluate_CancelledWhileFiring_ThrowsAndTheEngineStillEvaluates()
    {
        using var cancellation = new CancellationTokenSource();
        var trap = new CancelTrap(D(2026, 3, 10), cancellation);
        var engine = TrapBuilder(trap).Build();
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2", probation: true, on: D(2026, 1, 5)).Build();

        var ex = Assert.ThrowsAny<OperationCanceledException>(() => engine.Evaluate(snapshot, trap.On, cancellationToken: cancellation.Token));

        Assert.True(trap.Sprung);
        Assert.Equal(cancellation.Token, ex.CancellationToken);
        Assert.Equal(Engine.Evaluate(snapshot, trap.On).Decisions, engine.Evaluate(snapshot, trap.On).Decisions);
    }

    [Fact]
    public void Evaluate_InSlicesCancelledWhileFiring_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 600, Seed = 5 });
        var trap = new CancelTrap(snapshot.ReferenceDate!.Value, cancellation);
        var engine = TrapBuilder(trap).UseMaxDegreeOfParallelism(2).Build();

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Evaluate(snapshot, trap.On, cancellationToken: cancellation.Token));

        Assert.True(trap.Sprung);
    }

    [Fact]
    public void Evaluate_RuleObservesTheCancelledToken_ThrowsOperationCanceledNotARuleFailure()
    {
        using var cancellation = new CancellationTokenSource();
        var trap = new CancelTrap(D(2026, 3, 10), cancellation, observe: true);
        var engine = TrapBuilder(trap).ContinueAfterRuleFailures().Build();
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        var ex = Assert.ThrowsAny<OperationCanceledException>(() => engine.Evaluate(snapshot, trap.On, cancellationToken: cancellation.Token));

        Assert.Equal(cancellation.Token, ex.CancellationToken);
    }

    [Fact]
    public void ExplainAndCreatePartition_CancelledWhileFiring_Throw()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();
        using (var cancellation = new CancellationTokenSource())
        {
            var trap = new CancelTrap(D(2026, 3, 10), cancellation);
            Assert.ThrowsAny<OperationCanceledException>(() => TrapBuilder(trap).Build().Explain(snapshot, trap.On, OrganizationBuilder.Manager, cancellationToken: cancellation.Token));
            Assert.True(trap.Sprung);
        }

        using (var cancellation = new CancellationTokenSource())
        {
            var trap = new CancelTrap(D(2026, 3, 10), cancellation);
            Assert.ThrowsAny<OperationCanceledException>(() => TrapBuilder(trap).Build().CreatePartition(snapshot, trap.On, cancellationToken: cancellation.Token));
            Assert.True(trap.Sprung);
        }
    }
}
