using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// Batch evaluation of all default packs over a generated organisation with two years of history
/// (four half-year cycles), as of its reference date, against the hand-written baseline of a subset of
/// the decisions (see <see cref="HandWrittenPolicies"/>; the like-for-like engine comparison is
/// <see cref="PolicySubsetBenchmarks"/>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(3)]
[Config(typeof(PerEmployeeConfig))]
public class PolicyBatchBenchmarks
{
    private OrganizationSnapshot _snapshot = null!;
    private PolicyEngine _engine = null!;
    private LocalDate _asOf;

    [Params(1_000, 10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _snapshot.ReferenceDate!.Value;
        _engine = PolicyBenchmarkSupport.AllDefaultPacks();
        if (Employees <= 10_000)
        {
            // The engine's default packs include the baseline's rules unchanged: its decisions of those kinds must agree.
            PolicyBenchmarkSupport.CheckBaselineAgrees(_engine, _snapshot, _asOf);
        }
    }

    [Benchmark(Baseline = true, Description = "Hand-written (8 decision kinds)")]
    public int HandWritten() => HandWrittenPolicies.Evaluate(_snapshot, _asOf, PolicyParameters.Default).Count;

    [Benchmark(Description = "Engine, all default packs (21 rules)")]
    public int AllDefaultPacks() => _engine.Evaluate(_snapshot, _asOf).Decisions.Count;
}
