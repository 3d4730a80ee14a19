using System.Diagnostics;
using System.Globalization;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// Days passing for a long-lived partition at a size BenchmarkDotNet's repeated iterations make slow (100,000
/// employees): generates the organisation, times one batch (the baseline) and <c>CreatePartition</c>, then moves the
/// partition forward a day at a time and reports each day's time, the facts sent through the session and the decisions
/// added, withdrawn and changed, with the median day against the batch. Every day's decisions are checked against a
/// batch of that day at the end (not timed).
/// </summary>
public static class AdvanceRun
{
    public static int Run(string[] args)
    {
        var employees = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var days = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 14;
        var engine = PolicyBenchmarkSupport.AllDefaultPacks();
        var warmUp = PolicyBenchmarkSupport.Organisation(2_000);
        engine.Evaluate(warmUp, warmUp.ReferenceDate!.Value);
        engine.CreatePartition(warmUp, warmUp.ReferenceDate!.Value).AdvanceTo(warmUp.ReferenceDate!.Value.PlusDays(1));

        var snapshot = PolicyBenchmarkSupport.Organisation(employees);
        var asOf = snapshot.ReferenceDate!.Value;
        var clock = Stopwatch.StartNew();
        var batch = engine.Evaluate(snapshot, asOf);
        var batchTime = clock.Elapsed;
        clock.Restart();
        var partition = engine.CreatePartition(snapshot, asOf);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{employees:N0} employees, as of {asOf:uuuu-MM-dd}: batch {batchTime.TotalMilliseconds:F0} ms ({batch.Decisions.Count:N0} decisions); CreatePartition {clock.Elapsed.TotalMilliseconds:F0} ms"));

        var times = new List<double>();
        for (var day = 1; day <= days; day++)
        {
            clock.Restart();
            var changes = partition.AdvanceTo(asOf.PlusDays(day));
            var elapsed = clock.Elapsed.TotalMilliseconds;
            times.Add(elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {partition.AsOf:uuuu-MM-dd}: {elapsed,8:F1} ms  {changes}"));
        }

        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median day {median:F1} ms: {batchTime.TotalMilliseconds / median:F0}x cheaper than the batch"));
        var agrees = engine.Evaluate(snapshot, partition.AsOf).Decisions.SequenceEqual(partition.Decisions);
        Console.WriteLine(agrees ? "the partition's decisions equal a batch of the last day" : "MISMATCH: the partition's decisions differ from a batch of the last day");
        return agrees ? 0 : 1;
    }
}
