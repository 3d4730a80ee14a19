using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfDomain.Hosting.Tests.TestSupport;
using static PerfDomain.Hosting.Tests.TestSupport.Samples;

namespace PerfDomain.Hosting.Tests;

/// <summary>Parameters follow configuration reloads; an invalid reload is logged and the previous parameters stay.</summary>
public sealed class ParametersReloadTests
{
    private const string AcmeInterval = "PerfDomain:Tenants:acme:Parameters:ReviewCadence:CheckInIntervalDays";

    [Fact]
    public void Reload_ChangedTenantParameters_AreUsedFromThen()
    {
        using var host = new TestHost(Settings((AcmeInterval, "30")));
        host.ValidateOnStart();
        using var reloads = host.Collect<long>("perfdomain.policies.parameters.reloads");
        var before = host.Evaluator.Evaluate("acme", Organization, AsOf);

        host.Set(AcmeInterval, "7");
        host.Reload();

        var parameters = host.Parameters.GetParameters("acme");
        Assert.Equal(7, parameters.ReviewCadence.CheckInIntervalDays);
        Assert.Equal(host.Evaluator.Engine.Evaluate(Organization, AsOf, parameters).Decisions, host.Evaluator.Evaluate("acme", Organization, AsOf).Decisions);
        Assert.NotEqual(before.Decisions, host.Evaluator.Evaluate("acme", Organization, AsOf).Decisions);
        var reload = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 40);
        Assert.Equal(LogLevel.Information, reload.Level);
        Assert.Equal("applied", Assert.Single(reloads.GetMeasurementSnapshot()).Tags["perfdomain.result"]);
    }

    [Fact]
    public async Task Evaluate_WhileReloading_UsesOneVersionOfTheParametersPerCall()
    {
        using var host = new TestHost(Settings((AcmeInterval, "30")));
        host.ValidateOnStart();
        var engine = host.Evaluator.Engine;
        var every30 = engine.Evaluate(Organization, AsOf, host.Parameters.GetParameters("acme")).Decisions;
        var every7 = engine.Evaluate(Organization, AsOf, host.Parameters.GetParameters("acme") with
        {
            ReviewCadence = host.Parameters.GetParameters("acme").ReviewCadence with { CheckInIntervalDays = 7 },
        }).Decisions;

        var evaluations = Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.Evaluator.Evaluate("acme", Organization, AsOf).Decisions)).ToList();
        for (var i = 0; i < 6; i++)
        {
            host.Set(AcmeInterval, i % 2 == 0 ? "7" : "30");
            host.Reload();
        }

        foreach (var decisions in await Task.WhenAll(evaluations))
        {
            Assert.True(decisions.SequenceEqual(every30) || decisions.SequenceEqual(every7));
        }
    }

    [Fact]
    public void Reload_NewTenant_GetsItsParameters()
    {
        using var host = new TestHost();
        host.ValidateOnStart();
        Assert.Empty(host.Parameters.Tenants);

        host.Set("PerfDomain:Tenants:globex:Parameters:ReviewCadence:OverdueGraceDays", "2");
        host.Reload();

        Assert.Equal(["globex"], host.Parameters.Tenants);
        Assert.Equal(2, host.Parameters.GetParameters("globex").ReviewCadence.OverdueGraceDays);
    }

    [Fact]
    public void Reload_Invalid_KeepsThePreviousParametersAndLogsTheProblem()
    {
        using var host = new TestHost(Settings((AcmeInterval, "30")));
        host.ValidateOnStart();
        using var reloads = host.Collect<long>("perfdomain.policies.parameters.reloads");
        var monitor = host.Services.GetRequiredService<IOptionsMonitor<PolicyParametersOptions>>();

        host.Set(AcmeInterval, "0");
        host.Reload();

        Assert.Equal(30, host.Parameters.GetParameters("acme").ReviewCadence.CheckInIntervalDays);
        Assert.Equal(30, monitor.CurrentValue.Tenants["acme"].ReviewCadence.CheckInIntervalDays);
        var rejected = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 41);
        Assert.Equal(LogLevel.Error, rejected.Level);
        Assert.Contains($"{AcmeInterval}: is 0; expected a whole number of days between 1 and 366.", rejected.Message, StringComparison.Ordinal);
        Assert.Equal("rejected", Assert.Single(reloads.GetMeasurementSnapshot()).Tags["perfdomain.result"]);

        host.Set(AcmeInterval, "12");
        host.Reload();

        Assert.Equal(12, host.Parameters.GetParameters("acme").ReviewCadence.CheckInIntervalDays);
    }

    [Fact]
    public void Reload_Valid_NotifiesTheOptionsMonitor()
    {
        using var host = new TestHost(Settings((AcmeInterval, "30")));
        var monitor = host.Services.GetRequiredService<IOptionsMonitor<PolicyParametersOptions>>();
        var seen = new List<int>();
        using var subscription = monitor.OnChange(o => seen.Add(o.Tenants["acme"].ReviewCadence.CheckInIntervalDays));

        host.Set(AcmeInterval, "10");
        host.Reload();

        Assert.Equal([10], seen);
    }

    [Fact]
    public void Reload_PartitionKeepsItsParameters_UntilANewOneIsCreated()
    {
        using var host = new TestHost(Settings((AcmeInterval, "30")));
        var partition = host.Evaluator.CreatePartition("acme", Organization, AsOf);

        host.Set(AcmeInterval, "10");
        host.Reload();

        Assert.Equal(30, partition.Parameters.ReviewCadence.CheckInIntervalDays);
        Assert.NotSame(partition.Parameters, host.Parameters.GetParameters("acme"));
        Assert.Same(host.Parameters.GetParameters("acme"), host.Evaluator.CreatePartition("acme", Organization, AsOf).Parameters);
    }
}
