using System.Diagnostics;
using System.Globalization;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// One measured batch at a size where BenchmarkDotNet's repeated iterations do not fit in an afternoon (a million
/// employees): generates the organisation in process, evaluates it once after a small warm-up, and reports time, the
/// process's peak working set and the bytes allocated per employee. Appends a line to
/// <c>BenchmarkDotNet.Artifacts/scale-run.csv</c>, which <see cref="ScaleChart"/> reads.
/// </summary>
public static class ScaleRun
{
    public static int Run(string[] args)
    {
        var employees = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var engine = PolicyBenchmarkSupport.AllDefaultPacks();
        var warmUp = PolicyBenchmarkSupport.Organisation(2_000);
        engine.Evaluate(warmUp, warmUp.ReferenceDate!.Value);

        var clock = Stopwatch.StartNew();
        var snapshot = PolicyBenchmarkSupport.Organisation(employees);
        var generated = clock.Elapsed;
        var snapshotBytes = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        clock.Restart();
        var outcome = engine.Evaluate(snapshot, snapshot.ReferenceDate!.Value);
        var evaluated = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{employees:N0} employees: generated in {generated.TotalSeconds:F1} s; evaluated in {evaluated.TotalSeconds:F1} s ({outcome.Decisions.Count:N0} decisions, {outcome.RulesFired:N0} rules fired); {allocated / (double)employees / 1024:F1} KB allocated per employee; peak working set {peak / 1e9:F2} GB, of which the snapshot {snapshotBytes / 1e9:F2} GB (live heap after generating)"));
        var file = Path.Combine("BenchmarkDotNet.Artifacts", "scale-run.csv");
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, "employees,evaluateMs,peakWorkingSetBytes,allocatedBytesPerEmployee\n");
        }

        File.AppendAllText(file, string.Create(CultureInfo.InvariantCulture, $"{employees},{evaluated.TotalMilliseconds:F0},{peak},{allocated / employees}\n"));
        return 0;
    }
}
