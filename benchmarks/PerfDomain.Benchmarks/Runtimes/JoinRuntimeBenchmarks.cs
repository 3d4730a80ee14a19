using BenchmarkDotNet.Attributes;
using NRules;
using PerfDomain.Benchmarks.Rules;

namespace PerfDomain.Benchmarks.Runtimes;

/// <summary>
/// The same NRules rule class (<see cref="TwoFactJoinBenchmarks.KeyJoinRule"/>: <c>Match(left, l =&gt; l.IsActive)</c>,
/// <c>Match(right, r =&gt; r.Key == left.Key)</c>) compiled by NRules' own runtime (the baseline) and by PerfDomain.Rules:
/// a new session, N parents and N children inserted, <c>Fire()</c>. Each child points at one parent, so about ¾ of the
/// children match (those whose parent is active). NRules joins by nested loops (N × ¾N join tests); ours hash-indexes
/// the equality.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(3)]
public class JoinRuntimeBenchmarks
{
    private ISessionFactory _factory = null!;
    private LeftFact[] _lefts = null!;
    private RightFact[] _rights = null!;

    /// <summary>The number of parents, and of children.</summary>
    [Params(1_000, 5_000)]
    public int FactsPerSide { get; set; }

    [GlobalSetup(Target = nameof(NRulesRuntime))]
    public void SetupNRules()
    {
        Data();
        _factory = RuleFactories.Theirs(typeof(TwoFactJoinBenchmarks.KeyJoinRule));
    }

    /// <summary>Also checks, once per size, that both runtimes fire the rule as often as there are matches.</summary>
    [GlobalSetup(Target = nameof(PerfDomainRuntime))]
    public void SetupPerfDomain()
    {
        Data();
        _factory = RuleFactories.Ours(typeof(TwoFactJoinBenchmarks.KeyJoinRule));
        var expected = _rights.Count(r => _lefts[r.Key].IsActive);
        var ours = Run(_factory);
        var theirs = Run(RuleFactories.Theirs(typeof(TwoFactJoinBenchmarks.KeyJoinRule)));
        if (ours != expected || theirs != expected)
        {
            throw new InvalidOperationException($"The runtimes disagree: {expected} matches, PerfDomain fired {ours}, NRules fired {theirs}.");
        }

        Console.WriteLine($"// Both runtimes fire {expected} times for {FactsPerSide} x {FactsPerSide}.");
    }

    [Benchmark(Baseline = true, Description = "NRules 1.0.4 runtime")]
    public int NRulesRuntime() => Run(_factory);

    [Benchmark(Description = "PerfDomain.Rules runtime")]
    public int PerfDomainRuntime() => Run(_factory);

    private int Run(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.InsertAll(_lefts);
        session.InsertAll(_rights);
        return session.Fire();
    }

    private void Data()
    {
        _lefts = BenchmarkData.Lefts(FactsPerSide);
        _rights = BenchmarkData.Rights(FactsPerSide, FactsPerSide);
    }
}
