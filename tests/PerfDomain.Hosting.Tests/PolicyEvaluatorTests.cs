using System.Text;
using PerfDomain.Hosting.Tests.TestSupport;
using PerfDomain.Snapshots;
using static PerfDomain.Hosting.Tests.TestSupport.Samples;

namespace PerfDomain.Hosting.Tests;

/// <summary>The evaluator runs the engine with each tenant's parameters; partitions and snapshot reading go through it too.</summary>
public sealed class PolicyEvaluatorTests
{
    private static TestHost Host(Action<PerfDomainPoliciesBuilder>? configure = null) => new(
        Settings(
            ("PerfDomain:Parameters:ReviewCadence:CheckInIntervalDays", "30"),
            ("PerfDomain:Tenants:acme:Parameters:ReviewCadence:CheckInIntervalDays", "7")),
        configure);

    [Fact]
    public void Evaluate_Tenant_UsesTheTenantsParameters()
    {
        using var host = Host();

        var acme = host.Evaluator.Evaluate("acme", Organization, AsOf);
        var other = host.Evaluator.Evaluate("globex", Organization, AsOf);

        var engine = host.Evaluator.Engine;
        Assert.Equal(engine.Evaluate(Organization, AsOf, host.Parameters.GetParameters("acme")).Decisions, acme.Decisions);
        Assert.Equal(engine.Evaluate(Organization, AsOf, host.Parameters.Defaults).Decisions, other.Decisions);
        Assert.NotEqual(acme.Decisions, other.Decisions);
    }

    [Fact]
    public void Explain_Tenant_ExplainsWithTheTenantsParameters()
    {
        using var host = Host();
        var employee = Organization.Employees[^1].Id;

        var explanation = host.Evaluator.Explain("acme", Organization, AsOf, employee);

        var expected = host.Evaluator.Engine.Explain(Organization, AsOf, employee, host.Parameters.GetParameters("acme"));
        Assert.Equal(expected.Decisions, explanation.Decisions);
        Assert.Equal(expected.NotFired.Select(n => n.Rule), explanation.NotFired.Select(n => n.Rule));
    }

    [Fact]
    public void CreatePartition_AdvanceAndApply_DecideAsTheBatch()
    {
        using var host = Host();
        var partition = host.Evaluator.CreatePartition("acme", Organization, AsOf);
        var later = AsOf.PlusDays(20);

        var advanced = partition.AdvanceTo(later);
        var applied = partition.Apply(Organization);
        var aggregates = partition.Apply(Organization.Employees[0]);

        Assert.Equal("acme", partition.TenantId);
        Assert.Equal(later, partition.AsOf);
        Assert.False(advanced.IsEmpty);
        Assert.True(applied.IsEmpty);
        Assert.True(aggregates.IsEmpty);
        Assert.Equal(host.Evaluator.Evaluate("acme", Organization, later).Decisions, partition.Decisions);
    }

    [Fact]
    public void Operations_Cancelled_ThrowBeforeStarting()
    {
        using var host = Host();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var partition = host.Evaluator.CreatePartition("acme", Organization, AsOf);

        Assert.Throws<OperationCanceledException>(() => host.Evaluator.Evaluate("acme", Organization, AsOf, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => host.Evaluator.CreatePartition("acme", Organization, AsOf, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => partition.AdvanceTo(AsOf.PlusDays(1), cancelled.Token));
        Assert.Equal(AsOf, partition.AsOf);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Evaluate_BlankTenant_Throws(string tenant)
    {
        using var host = Host();

        Assert.Throws<ArgumentException>(() => host.Evaluator.Evaluate(tenant, Organization, AsOf));
    }

    [Fact]
    public async Task ReadSnapshotAsync_WrittenSnapshot_ReadsItBack()
    {
        using var host = Host();
        using var stream = new MemoryStream();
        await SnapshotWriter.WriteAsync(Organization, stream, indented: false);
        stream.Position = 0;

        var snapshot = await host.Evaluator.ReadSnapshotAsync("acme", stream);

        Assert.Equal(Organization.Employees.Select(e => e.Id), snapshot.Employees.Select(e => e.Id));
    }

    [Fact]
    public async Task ReadSnapshotAsync_OverTheLimit_IsRejectedAtThePath()
    {
        using var host = Host(b => b.UseSnapshotReaderOptions(new SnapshotReaderOptions { MaxEmployees = 3 }));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SnapshotWriter.Write(Organization)));

        var ex = await Assert.ThrowsAsync<InvalidSnapshotException>(() => host.Evaluator.ReadSnapshotAsync("acme", stream).AsTask());

        Assert.Equal("$.employees[3]", ex.Path);
    }
}
