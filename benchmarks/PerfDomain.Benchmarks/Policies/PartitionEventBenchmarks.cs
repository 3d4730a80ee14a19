using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// One event in a long-lived partition with the default packs: a check-in recorded today for an employee whose
/// check-in is overdue. Baseline: the previous way, <c>Apply</c> of the whole updated snapshot (re-projected and
/// compared in full). Measured: <c>Apply(checkIn)</c> of the one changed aggregate, which re-projects only the fact
/// groups it feeds (the employee's, their manager's). Each call records a new check-in (a new id), so every call is
/// a real change; the snapshot grows by one check-in per call.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(4, unrollFactor: 1)]
public class PartitionEventBenchmarks
{
    private OrganizationSnapshot _before = null!;
    private OrganizationSnapshot _after = null!;
    private PolicyPartition _partition = null!;
    private EmployeeId _employee;
    private EmployeeId _manager;
    private LocalDate _asOf;
    private int _next;
    private bool _applied;

    [Params(1_000, 10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _before = PolicyBenchmarkSupport.Organisation(Employees);
        _asOf = _before.ReferenceDate!.Value;
        var engine = PolicyBenchmarkSupport.AllDefaultPacks();
        _partition = engine.CreatePartition(_before, _asOf);
        _employee = _partition.Decisions.First(d => d.Kind == DecisionKind.CheckInOverdue).EmployeeId;
        _manager = _before.Employee(_employee).ManagerOn(_asOf)!.Value;
        _after = PolicyBenchmarkSupport.WithOneCheckIn(_before, engine, _asOf);

        // Both ways must report the same change for the same event.
        var whole = _partition.Apply(_after);
        _partition.Apply(_before);
        var one = _partition.Apply(CheckIn.Record(new CheckInId("ci-benchmark-setup"), _employee, _asOf, [_manager]));
        if (whole.IsEmpty || whole.ToString() != one.ToString())
        {
            throw new InvalidOperationException($"The two ways disagree on the event: whole snapshot {whole}, one aggregate {one}.");
        }

        Console.WriteLine($"// {Employees} employees: one check-in gives {one}.");
    }

    [Benchmark(Baseline = true, Description = "Apply(whole snapshot)")]
    public int WholeSnapshot()
    {
        _applied = !_applied;
        var changes = _partition.Apply(_applied ? _after : _before);
        return changes.FactsChanged;
    }

    [Benchmark(Description = "Apply(changed aggregate)")]
    public int ChangedAggregate()
    {
        var checkIn = CheckIn.Record(new CheckInId($"ci-benchmark-{_next++}"), _employee, _asOf, [_manager]);
        return _partition.Apply(checkIn).FactsChanged;
    }
}
