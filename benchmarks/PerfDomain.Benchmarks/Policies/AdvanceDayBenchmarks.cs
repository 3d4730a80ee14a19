using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// A day passes for a long-lived partition with the default packs: <c>AdvanceTo(next day)</c>, each call one day after
/// the last (moving back would evaluate everything, as documented), so the median is a typical day's. Baseline: a batch evaluation of the same
/// organisation (the target is a move at least 20 times cheaper than a batch at 100,000 employees).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(3)]
[InvocationCount(2, unrollFactor: 1)]
public class AdvanceDayBenchmarks
{
    private OrganizationSnapshot _snapshot = null!;
    private PolicyEngine _engine = null!;
    private PolicyPartition _partition = null!;
    private LocalDate _asOf;

    [Params(1_000, 10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _snapshot.ReferenceDate!.Value;
        _engine = PolicyBenchmarkSupport.AllDefaultPacks();
        _partition = _engine.CreatePartition(_snapshot, _asOf);
    }

    [Benchmark(Baseline = true, Description = "Batch evaluation")]
    public int Batch() => _engine.Evaluate(_snapshot, _asOf).Decisions.Count;

    [Benchmark(Description = "AdvanceTo(next day)")]
    public int AdvanceOneDay() => _partition.AdvanceTo(_partition.AsOf.PlusDays(1)).FactsChanged;
}
