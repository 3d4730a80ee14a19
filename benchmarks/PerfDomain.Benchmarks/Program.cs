using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PerfDomain.Benchmarks;

/// <summary>Runs the benchmarks chosen by <c>--filter</c>; exits non-zero when any of them failed.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "scale":
                return Policies.ScaleRun.Run(args);
            case "advance":
                return Policies.AdvanceRun.Run(args);
            case "chart":
                return Policies.ScaleChart.Run(args);
        }

        if (!args.Any(a => a.StartsWith("--filter", StringComparison.Ordinal) || a == "--list"))
        {
            Console.Error.WriteLine("Pass --filter '<pattern>' (for example --filter '*'), or --list flat; or scale [employees] [--repeat N] [--threads N] [--packs three] [--allocations] [--both-gc] for measured batches; or advance [employees] [days] for a partition moved a day at a time; or chart [output.svg] to draw docs/images/scale.svg from the results.");
            return 2;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        // BenchmarkDotNet exits 0 on validation errors and failed reports; CI-minded callers need to know.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length == 0);
        return failed && !args.Contains("--list") ? 1 : 0;
    }
}
