using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Benchmarks.Policies;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Runtimes;

/// <summary>
/// One event in a long-lived partition (all default packs) on NRules' own runtime (the baseline) and on PerfDomain.Rules:
/// <c>PolicyPartition.Apply</c> of the snapshot with one check-in recorded today for an employee whose check-in was
/// overdue. Each call applies the other snapshot than the previous call (with the check-in, then without), so every call
/// is a real change. A partition keeps the session of its engine's runtime, so the same code runs on both.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
public class PolicyIncrementalRuntimeBenchmarks
{
    private OrganizationSnapshot _before = null!;
    private OrganizationSnapshot _after = null!;
    private PolicyPartition _partition = null!;
    private bool _applied;

    [Params(1_000, 10_000)]
    public int Employees { get; set; }

    [GlobalSetup(Target = nameof(NRulesRuntime))]
    public void SetupNRules() => _partition = Setup(RuleRuntime.NRules);

    /// <summary>Also checks, once per size, that both runtimes' partitions hold the same decisions before and after the event, and report the same change.</summary>
    [GlobalSetup(Target = nameof(PerfDomainRuntime))]
    public void SetupPerfDomain()
    {
        _partition = Setup(RuleRuntime.PerfDomain);
        var theirs = Setup(RuleRuntime.NRules);
        PolicyRuntimeSupport.CheckSameDecisions($"Partition of {Employees} employees", _partition.Decisions, theirs.Decisions);
        var decisions = theirs.Decisions.Count;
        var ourChange = _partition.Apply(_after);
        var theirChange = theirs.Apply(_after);
        PolicyRuntimeSupport.CheckSameDecisions($"Partition of {Employees} employees after the check-in", _partition.Decisions, theirs.Decisions);
        PolicyRuntimeSupport.CheckSameDecisions("Decisions added by the check-in", ourChange.Added, theirChange.Added);
        PolicyRuntimeSupport.CheckSameDecisions("Decisions withdrawn by the check-in", ourChange.Withdrawn, theirChange.Withdrawn);
        _partition.Apply(_before);
        Console.WriteLine($"// {Employees} employees: both partitions hold {decisions} decisions; one check-in: PerfDomain.Rules {ourChange}, NRules {theirChange}.");
    }

    [Benchmark(Baseline = true, Description = "NRules 1.0.4 runtime")]
    public int NRulesRuntime() => ApplyOneCheckIn();

    [Benchmark(Description = "PerfDomain.Rules runtime")]
    public int PerfDomainRuntime() => ApplyOneCheckIn();

    private int ApplyOneCheckIn()
    {
        _applied = !_applied;
        var changes = _partition.Apply(_applied ? _after : _before);
        return changes.Added.Count + changes.Withdrawn.Count;
    }

    private PolicyPartition Setup(RuleRuntime runtime)
    {
        _before ??= PolicyBenchmarkSupport.Organisation(Employees);
        LocalDate asOf = _before.ReferenceDate!.Value;

        // The event is found with PerfDomain.Rules (fast); the snapshot it makes is the same for both runtimes.
        _after ??= PolicyBenchmarkSupport.WithOneCheckIn(_before, PolicyRuntimeSupport.AllDefaultPacks(RuleRuntime.PerfDomain), asOf);
        var partition = PolicyRuntimeSupport.AllDefaultPacks(runtime).CreatePartition(_before, asOf);
        if (partition.Apply(_after).IsEmpty)
        {
            throw new InvalidOperationException("The benchmark event changes no decision.");
        }

        partition.Apply(_before);
        return partition;
    }
}
