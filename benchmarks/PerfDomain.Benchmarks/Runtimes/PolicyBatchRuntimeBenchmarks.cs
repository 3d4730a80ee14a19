using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Benchmarks.Policies;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Runtimes;

/// <summary>
/// Batch <c>PolicyEngine.Evaluate</c> of the three default packs over a generated organisation (seed 2026, two years of
/// history, as of its reference date), on NRules' own runtime (the baseline) and on PerfDomain.Rules. Both engines load
/// the same NRules rule classes; only <see cref="PolicyEngineBuilder.UseRuntime"/> differs.
/// </summary>
/// <remarks>NRules needs tens of seconds per evaluation at 10,000 employees: one warm-up and three measured iterations.</remarks>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(3)]
[Config(typeof(PerEmployeeConfig))]
public class PolicyBatchRuntimeBenchmarks
{
    private OrganizationSnapshot _snapshot = null!;
    private PolicyEngine _engine = null!;
    private LocalDate _asOf;

    [Params(1_000, 3_000, 10_000)]
    public int Employees { get; set; }

    [GlobalSetup(Target = nameof(NRulesRuntime))]
    public void SetupNRules() => Setup(RuleRuntime.NRules);

    /// <summary>Also checks, once per size, that NRules' runtime makes exactly the same decisions.</summary>
    [GlobalSetup(Target = nameof(PerfDomainRuntime))]
    public void SetupPerfDomain()
    {
        Setup(RuleRuntime.PerfDomain);
        var ours = _engine.Evaluate(_snapshot, _asOf);
        var theirs = PolicyRuntimeSupport.AllDefaultPacks(RuleRuntime.NRules).Evaluate(_snapshot, _asOf);
        PolicyRuntimeSupport.CheckSameDecisions($"{Employees} employees", ours.Decisions, theirs.Decisions);
        Console.WriteLine(
            $"// {Employees} employees: both runtimes make {ours.Decisions.Count} decisions; rules fired: PerfDomain.Rules {ours.RulesFired}, NRules {theirs.RulesFired}.");
    }

    [Benchmark(Baseline = true, Description = "NRules 1.0.4 runtime")]
    public int NRulesRuntime() => _engine.Evaluate(_snapshot, _asOf).Decisions.Count;

    [Benchmark(Description = "PerfDomain.Rules runtime")]
    public int PerfDomainRuntime() => _engine.Evaluate(_snapshot, _asOf).Decisions.Count;

    private void Setup(RuleRuntime runtime)
    {
        _snapshot = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _snapshot.ReferenceDate!.Value;
        _engine = PolicyRuntimeSupport.AllDefaultPacks(runtime);
    }
}
