using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using PerfDomain.Feedback;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Benchmarks.Snapshots;

/// <summary>
/// One check-in added to a snapshot. Baseline: what a partition did per event, the constructor over the
/// lists with the check-in appended (copies every list, validates the whole organisation, builds its
/// lookups). Measured: <see cref="OrganizationSnapshot.With(AggregateRoot[])"/>, which copies the one
/// list and map that change and validates the check-in only. Both start from the same snapshot each
/// time; the index <c>With</c> builds on its first call is built in setup, and its cost printed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SnapshotWithBenchmarks
{
    private OrganizationSnapshot _snapshot = null!;
    private CheckIn _checkIn = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = Employees, Seed = 2026, Years = 2 });
        var employee = _snapshot.Employees.First(e => e.ManagerId is not null && e.HireDate < _snapshot.ReferenceDate);
        _checkIn = CheckIn.Record(new CheckInId("ci-benchmark"), employee.Id, _snapshot.ReferenceDate!.Value, [employee.ManagerId!.Value]);

        var clock = Stopwatch.StartNew();
        var first = _snapshot.With(_checkIn);
        var firstWith = clock.Elapsed;

        // Both ways must give the same snapshot.
        if (!first.Equals(Constructor()))
        {
            throw new InvalidOperationException("With and the constructor disagree.");
        }

        Console.WriteLine($"// {Employees} employees, {_snapshot.CheckIns.Count} check-ins: first With (builds the index) {firstWith.TotalMilliseconds:F1} ms.");
    }

    [Benchmark(Baseline = true, Description = "new OrganizationSnapshot(lists + check-in)")]
    public OrganizationSnapshot Constructor()
    {
        var s = _snapshot;
        return new OrganizationSnapshot(
            s.OrganizationName,
            s.Employees,
            s.Cycles,
            s.ReferenceDate,
            s.OrgUnits,
            s.CycleRecords,
            s.GoalSets,
            [.. s.CheckIns, _checkIn],
            s.FeedbackNotes,
            s.Reviews,
            s.DevelopmentPlans,
            s.Recognitions,
            s.ImprovementPlans);
    }

    [Benchmark(Description = "With(check-in)")]
    public OrganizationSnapshot With() => _snapshot.With(_checkIn);
}
