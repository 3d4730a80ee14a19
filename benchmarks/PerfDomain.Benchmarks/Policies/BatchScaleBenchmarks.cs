using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// Batch evaluation of the three default packs over generated organisations (two cycles of history per employee) as
/// the organisation grows. Baseline: the previous design, one rule session over everyone. Measured: the batch cut
/// into slices of employees evaluated side by side (the default since the packs keep to one employee), on all cores
/// and on one. The two designs must decide alike; the setup checks it. A million employees is measured by
/// <c>dotnet run -c Release -- scale 1000000</c> (<see cref="ScaleRun"/>): a benchmark's repeated iterations would
/// take an hour there.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(3)]
[Config(typeof(PerEmployeeConfig))]
public class BatchScaleBenchmarks
{
    private OrganizationSnapshot _snapshot = null!;
    private PolicyEngine _oneSession = null!;
    private PolicyEngine _slices = null!;
    private PolicyEngine _slicesOneThread = null!;
    private LocalDate _asOf;

    [Params(1_000, 10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _snapshot.ReferenceDate!.Value;
        _oneSession = PolicyEngine.CreateBuilder().AddDefaultPacks().UseSliceSize(int.MaxValue).Build();
        _slices = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();
        _slicesOneThread = PolicyEngine.CreateBuilder().AddDefaultPacks().UseMaxDegreeOfParallelism(1).Build();
        var whole = _oneSession.Evaluate(_snapshot, _asOf);
        var sliced = _slices.Evaluate(_snapshot, _asOf);
        if (!whole.Decisions.SequenceEqual(sliced.Decisions) || whole.RulesFired != sliced.RulesFired)
        {
            throw new InvalidOperationException($"Slices and one session disagree: {sliced.Decisions.Count} vs {whole.Decisions.Count} decisions.");
        }
    }

    [Benchmark(Baseline = true, Description = "One session (previous design)")]
    public int OneSession() => _oneSession.Evaluate(_snapshot, _asOf).Decisions.Count;

    [Benchmark(Description = "Slices, all cores")]
    public int Slices() => _slices.Evaluate(_snapshot, _asOf).Decisions.Count;

    [Benchmark(Description = "Slices, one thread")]
    public int SlicesOneThread() => _slicesOneThread.Evaluate(_snapshot, _asOf).Decisions.Count;
}
