using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfDomain.Hosting.Tests.TestSupport;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Rules;
using PerfDomain.Snapshots;
using static PerfDomain.Hosting.Tests.TestSupport.Samples;
using PerfDomain.Policies.Tests.Evaluation;

namespace PerfDomain.Hosting.Tests;

/// <summary>What the evaluator and partitions report through the meter, the activity source and the logger, under the documented names.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public void Evaluate_RecordsItsDurationWithTenantRuntimeAndOperation()
    {
        using var host = new TestHost();
        using var durations = host.Collect<double>("perfdomain.policies.evaluation.duration");

        host.Evaluator.Evaluate("acme", Organization, AsOf);

        var measurement = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.True(measurement.Value > 0);
        AssertTags(measurement.Tags, ("perfdomain.tenant", "acme"), ("perfdomain.runtime", "perfdomain"), ("perfdomain.operation", "evaluate"));
        Assert.Equal("s", durations.Instrument!.Unit);
    }

    [Fact]
    public void Evaluate_CountsDecisionsByKindAndRulesFired()
    {
        using var host = new TestHost(configure: b => b.UseRuntime(RuleRuntime.NRules));
        using var decisions = host.Collect<long>("perfdomain.policies.decisions");
        using var fired = host.Collect<long>("perfdomain.policies.rules_fired");

        var outcome = host.Evaluator.Evaluate("acme", Organization, AsOf);

        var byKind = decisions.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags["perfdomain.decision.kind"]!, m => m.Value);
        var expected = outcome.Decisions.GroupBy(d => d.Kind.Name).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(p => p.Key), byKind.OrderBy(p => p.Key));
        Assert.All(decisions.GetMeasurementSnapshot(), m => Assert.Equal("nrules", m.Tags["perfdomain.runtime"]));
        Assert.Equal(outcome.RulesFired, Assert.Single(fired.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void Evaluate_StartsAnActivityWithTheOutcome()
    {
        var tenant = $"activity-{Guid.NewGuid():N}";
        var stopped = new List<Activity>();
        using var listener = Listen(stopped, tenant);
        using var host = new TestHost();

        var outcome = host.Evaluator.Evaluate(tenant, Organization, AsOf);

        var activity = Assert.Single(stopped);
        Assert.Equal("PerfDomain.Evaluate", activity.OperationName);
        Assert.Equal(PerfDomainTelemetry.ActivitySourceName, activity.Source.Name);
        Assert.Equal("2026-11-16", activity.GetTagItem("perfdomain.as_of"));
        Assert.Equal("perfdomain", activity.GetTagItem("perfdomain.runtime"));
        Assert.Equal(outcome.Decisions.Count, activity.GetTagItem("perfdomain.decisions"));
        Assert.Equal(Organization.Employees.Count, activity.GetTagItem("perfdomain.employees"));
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
    }

    [Fact]
    public void Evaluate_LogsItsCompletionAtDebug()
    {
        using var host = new TestHost();

        var outcome = host.Evaluator.Evaluate("acme", Organization, AsOf);

        var record = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 10);
        Assert.Equal("EvaluationCompleted", record.Id.Name);
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal(PerfDomainTelemetry.LoggerCategory, record.Category);
        Assert.StartsWith($"Evaluated tenant acme as of 2026-11-16: {Organization.Employees.Count} employees, {outcome.Decisions.Count} decisions, {outcome.RulesFired} rule firings in ", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_WhenBuilt_LogsItsPacksAndSettings()
    {
        using var host = new TestHost(configure: b => b.UseFiringLimit(12_345).UseMaxDegreeOfParallelism(1));

        _ = host.Services.GetRequiredService<PolicyEngine>();

        var record = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 1);
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Contains("packs review-cadence@", record.Message, StringComparison.Ordinal);
        Assert.Contains("firing limit 12345, parallelism 1.", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FiringLimitReached_IsCountedLoggedAndTraced()
    {
        var tenant = $"runaway-{Guid.NewGuid():N}";
        var stopped = new List<Activity>();
        using var listener = Listen(stopped, tenant);
        using var host = new TestHost(configure: b => b.AddPack(RunawayRule.Pack()).UseFiringLimit(300).UseMaxDegreeOfParallelism(1));
        using var hits = host.Collect<long>("perfdomain.policies.firing_limit.hits");
        using var durations = host.Collect<double>("perfdomain.policies.evaluation.duration");

        var ex = Assert.Throws<FiringLimitExceededException>(() => host.Evaluator.Evaluate(tenant, Organization, AsOf));

        var hit = Assert.Single(hits.GetMeasurementSnapshot());
        AssertTags(hit.Tags, ("perfdomain.tenant", tenant), ("perfdomain.operation", "evaluate"));
        Assert.Equal(typeof(FiringLimitExceededException).FullName, Assert.Single(durations.GetMeasurementSnapshot()).Tags["error.type"]);
        var record = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 21);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Same(ex, record.Exception);
        Assert.Contains($"stopped at the firing limit of 300; the chain involves {RunawayRule.RuleName}", record.Message, StringComparison.Ordinal);
        var activity = Assert.Single(stopped);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal(typeof(FiringLimitExceededException).FullName, activity.GetTagItem("error.type"));
    }

    [Fact]
    public void Partition_CreateAdvanceAndApply_AreMeasuredWithTheirChanges()
    {
        using var host = new TestHost();
        using var durations = host.Collect<double>("perfdomain.policies.partition.duration");
        using var changes = host.Collect<long>("perfdomain.policies.decision_changes");
        using var decisions = host.Collect<long>("perfdomain.policies.decisions");

        var partition = host.Evaluator.CreatePartition("acme", Organization, AsOf);
        var advanced = partition.AdvanceTo(AsOf.PlusDays(45));
        partition.Apply(Organization);

        Assert.Equal(["create", "advance", "apply"], durations.GetMeasurementSnapshot().Select(m => (string)m.Tags["perfdomain.operation"]!));
        Assert.Equal(partition.Partition.Decisions.Count - advanced.Added.Count + advanced.Withdrawn.Count, decisions.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(advanced.Added.Count, Sum(changes, "added"));
        Assert.Equal(advanced.Withdrawn.Count, Sum(changes, "withdrawn"));
        Assert.Equal(advanced.Changed.Count, Sum(changes, "changed"));
        Assert.All(changes.GetMeasurementSnapshot(), m => Assert.Equal("advance", m.Tags["perfdomain.operation"]));
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Id.Id == 13 && r.Message.Contains("(advance, as of 2026-12-31)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadSnapshotAsync_Invalid_IsCountedAndLoggedWithThePath()
    {
        using var host = new TestHost();
        using var errors = host.Collect<long>("perfdomain.policies.snapshot.read_errors");
        using var stream = new MemoryStream("""{ "schemaVersion": 99 }"""u8.ToArray());

        var ex = await Assert.ThrowsAsync<InvalidSnapshotException>(() => host.Evaluator.ReadSnapshotAsync("acme", stream).AsTask());

        var error = Assert.Single(errors.GetMeasurementSnapshot());
        AssertTags(error.Tags, ("perfdomain.tenant", "acme"), ("error.type", typeof(InvalidSnapshotException).FullName));
        var record = Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == 31);
        Assert.Equal($"Snapshot for tenant acme rejected at {ex.Path}: {ex.Reason}", record.Message);
    }

    [Fact]
    public void Evaluate_WithoutMeterFactory_PublishesOnItsOwnMeter()
    {
        var tenant = $"listener-{Guid.NewGuid():N}";
        var decisions = 0L;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PerfDomainTelemetry.MeterName && instrument.Name == "perfdomain.policies.decisions")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "perfdomain.tenant" && Equals(tag.Value, tenant))
                {
                    Interlocked.Add(ref decisions, value);
                }
            }
        });
        listener.Start();
        using var host = new TestHost(metrics: false);

        var outcome = host.Evaluator.Evaluate(tenant, Organization, AsOf);

        Assert.Equal(outcome.Decisions.Count, Interlocked.Read(ref decisions));
    }

    private static void AssertTags(IReadOnlyDictionary<string, object?> tags, params (string Key, object? Value)[] expected)
    {
        foreach (var (key, value) in expected)
        {
            Assert.True(tags.TryGetValue(key, out var actual), $"No tag {key}.");
            Assert.Equal(value, actual);
        }
    }

    private static long Sum(Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<long> collector, string change) =>
        collector.GetMeasurementSnapshot().Where(m => Equals(m.Tags["perfdomain.change"], change)).Sum(m => m.Value);

    // Activities of this source for one tenant only: tests run side by side, and activity sources are process-wide.
    private static ActivityListener Listen(List<Activity> stopped, string tenant)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PerfDomainTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("perfdomain.tenant"), tenant))
                {
                    lock (stopped)
                    {
                        stopped.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
