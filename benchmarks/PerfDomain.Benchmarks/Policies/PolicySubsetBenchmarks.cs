using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// Like for like: the engine with only the rules the hand-written baseline reproduces (10 of 21; the
/// others disabled by name) against that baseline, on the same generated organisation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
[Config(typeof(PerEmployeeConfig))]
public class PolicySubsetBenchmarks
{
    private OrganizationSnapshot _snapshot = null!;
    private PolicyEngine _engine = null!;
    private LocalDate _asOf;

    [Params(1_000, 10_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _snapshot.ReferenceDate!.Value;
        _engine = PolicyBenchmarkSupport.BaselineSubset();
        PolicyBenchmarkSupport.CheckBaselineAgrees(_engine, _snapshot, _asOf);
    }

    [Benchmark(Baseline = true, Description = "Hand-written (8 decision kinds)")]
    public int HandWritten() => HandWrittenPolicies.Evaluate(_snapshot, _asOf, PolicyParameters.Default).Count;

    [Benchmark(Description = "Engine, same rules (10)")]
    public int EngineSameRules() => _engine.Evaluate(_snapshot, _asOf).Decisions.Count;
}
