using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// Latency of one event in a long-lived 10,000-employee partition (all default packs): a check-in
/// recorded for an employee whose check-in was overdue. The updated snapshot is built in setup; each
/// call applies the other snapshot than the previous call, so every call is a real change (the
/// overdue decision withdrawn and a check-in-due decision added, or back). Baseline: a batch
/// re-evaluation of the updated snapshot. Also: moving the partition's as-of date by one day and back.
/// </summary>
/// <remarks>Setup prints the partition's retained heap size (GC.GetTotalMemory before and after creating it).</remarks>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(2)]
[IterationCount(5)]
public class PolicyIncrementalBenchmarks
{
    private OrganizationSnapshot _before = null!;
    private OrganizationSnapshot _after = null!;
    private PolicyEngine _engine = null!;
    private PolicyPartition _partition = null!;
    private LocalDate _asOf;
    private bool _applied;

    [Params(10_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _before = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _before.ReferenceDate!.Value;
        _engine = PolicyBenchmarkSupport.AllDefaultPacks();
        _after = PolicyBenchmarkSupport.WithOneCheckIn(_before, _engine, _asOf);

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        _partition = _engine.CreatePartition(_before, _asOf);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var retained = heapAfter - heapBefore;
        Console.WriteLine($"// Partition retained: {retained / 1024.0 / 1024.0:F1} MiB for {Employees} employees = {retained / (double)Employees:F0} bytes per employee ({_partition.Decisions.Count} decisions)");

        var changes = _partition.Apply(_after);
        if (changes.IsEmpty)
        {
            throw new InvalidOperationException("The benchmark event changes no decision.");
        }

        Console.WriteLine($"// One check-in: {changes}");
        _partition.Apply(_before);
        GC.KeepAlive(_partition);
    }

    [Benchmark(Baseline = true, Description = "Batch re-evaluation")]
    public int BatchReevaluation() => _engine.Evaluate(_after, _asOf).Decisions.Count;

    [Benchmark(Description = "Partition.Apply(one check-in)")]
    public int ApplyOneCheckIn()
    {
        _applied = !_applied;
        var changes = _partition.Apply(_applied ? _after : _before);
        return changes.Added.Count + changes.Withdrawn.Count;
    }

    [Benchmark(Description = "Partition.AdvanceTo(next day)")]
    public int AdvanceOneDay()
    {
        // Applying and advancing share the partition; each leaves it where the next call expects (alternating).
        var changes = _partition.AdvanceTo(_partition.AsOf == _asOf ? _asOf.PlusDays(1) : _asOf);
        return changes.Added.Count + changes.Withdrawn.Count;
    }
}
