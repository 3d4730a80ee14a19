using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>
/// One measured batch at a size where BenchmarkDotNet's repeated iterations do not fit in an afternoon (a million
/// employees): generates the organisation in process, evaluates it after a small warm-up, and reports time, the time
/// the collector paused the process, the process's peak working set and the bytes allocated per employee. Appends a
/// line per evaluation to <c>BenchmarkDotNet.Artifacts/scale-run.csv</c>, which <see cref="ScaleChart"/> reads.
/// </summary>
/// <remarks>
/// Usage: <c>scale [employees] [--repeat N] [--threads N] [--packs three] [--allocations] [--both-gc]</c>. <c>--repeat</c> evaluates the same
/// snapshot N times (the median is what to read on a shared machine; the process's CPU time, threads and collector
/// together, moves less with other work on the machine than the wall time); <c>--threads</c> caps the slices' parallelism;
/// <c>--packs three</c> leaves out the rewards pack (issue 9's three packs). The collector's mode is the process's:
/// set <c>DOTNET_gcServer=1</c>, <c>DOTNET_GCgen0size=0x4000000</c> or <c>DOTNET_gcConcurrent=0</c> around the command
/// to compare configurations; the line printed names the mode. <c>--allocations</c> samples what the evaluations allocate
/// by type (the runtime's allocation ticks) and prints the top types. <c>--both-gc</c> runs once as configured, then again in
/// a child process with the concurrent collector off (<c>DOTNET_gcConcurrent=0</c>), the setting docs/performance.md
/// recommends to hosts of large batches.
/// </remarks>
public static class ScaleRun
{
    public static int Run(string[] args)
    {
        if (args.Contains("--both-gc"))
        {
            return RunUnderBothCollectors(args.Where(a => a != "--both-gc").ToArray());
        }

        var employees = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var repeat = Option(args, "--repeat") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 1;
        var threads = Option(args, "--threads") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var builder = PolicyEngine.CreateBuilder().UseMaxDegreeOfParallelism(threads);
        var packs = Option(args, "--packs") == "three" ? PolicyPacks.All.Where(p => p != PolicyPacks.Rewards) : PolicyPacks.All;
        foreach (var pack in packs)
        {
            builder.AddPack(pack);
        }

        var engine = builder.Build();
        var warmUp = PolicyBenchmarkSupport.Organisation(2_000);
        engine.Evaluate(warmUp, warmUp.ReferenceDate!.Value);

        var clock = Stopwatch.StartNew();
        var snapshot = PolicyBenchmarkSupport.Organisation(employees);
        var generated = clock.Elapsed;
        var snapshotBytes = GC.GetTotalMemory(forceFullCollection: true);
        var mode = $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {GCSettings.LatencyMode}, {threads} thread(s), {engine.Packs.Count} packs";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{employees:N0} employees generated in {generated.TotalSeconds:F1} s; {mode}"));
        var file = Path.Combine("BenchmarkDotNet.Artifacts", "scale-run.csv");
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, "employees,evaluateMs,peakWorkingSetBytes,allocatedBytesPerEmployee\n");
        }

        using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
        sampler?.Start();
        var times = new List<double>();
        for (var i = 0; i < repeat; i++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var pausedBefore = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var outcome = engine.Evaluate(snapshot, snapshot.ReferenceDate!.Value);
            var evaluated = clock.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            times.Add(evaluated.TotalSeconds);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"evaluated in {evaluated.TotalSeconds:F2} s, {cpu.TotalSeconds:F2} s of CPU (GC paused {paused.TotalSeconds:F2} s; collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}); {outcome.Decisions.Count:N0} decisions, {outcome.RulesFired:N0} rules fired; {allocated / (double)employees / 1024:F1} KB allocated per employee; peak working set {peak / 1e9:F2} GB, of which the snapshot {snapshotBytes / 1e9:F2} GB (live heap after generating)"));
            File.AppendAllText(file, string.Create(CultureInfo.InvariantCulture, $"{employees},{evaluated.TotalMilliseconds:F0},{peak},{allocated / employees}\n"));
        }

        sampler?.Stop();
        foreach (var (type, bytes) in sampler?.Top(40) ?? [])
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)employees / repeat,8:F0} B/employee  {type}"));
        }

        if (repeat > 1)
        {
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[times.Count / 2]:F2} s, best {times[0]:F2} s of {repeat}"));
        }

        return 0;
    }

    // The same run in this process (the collector as configured, concurrent by default) and in a child process with the
    // concurrent collector off, whose workstation collector then lets the youngest generation grow far larger (docs/performance.md).
    private static int RunUnderBothCollectors(string[] args)
    {
        var code = Run(args);
        var child = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals(typeof(ScaleRun).Assembly.GetName().Name, StringComparison.Ordinal))
        {
            child.ArgumentList.Add(typeof(ScaleRun).Assembly.Location);
        }

        foreach (var arg in args)
        {
            child.ArgumentList.Add(arg);
        }

        child.Environment["DOTNET_gcConcurrent"] = "0";
        Console.WriteLine("with DOTNET_gcConcurrent=0:");
        using var process = Process.Start(child)!;
        process.WaitForExit();
        return code != 0 ? code : process.ExitCode;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
