using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>NRules' rule-count benchmark: 10, 100 or 1,000 distinct one-pattern rules (<c>fact.Value % i == 0</c>) over 100 facts.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RuleCountBenchmarks
{
    private ISessionFactory _factory = null!;
    private OneFact[] _facts = null!;
    private int[] _divisors = null!;

    [Params(10, 100, 1_000)]
    public int RuleCount { get; set; }

    [Params(100)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = RuleFactories.Ours(GeneratedRules.ModuloRules(RuleCount));
        _facts = BenchmarkData.OneFacts(FactCount);
        _divisors = GeneratedRules.Divisors(RuleCount);
    }

    /// <summary>The same decision without an engine: every rule's condition against every fact.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var fired = 0;
        foreach (var divisor in _divisors)
        {
            foreach (var fact in _facts)
            {
                if (fact.Value % divisor == 0)
                {
                    Sink.Nothing();
                    fired++;
                }
            }
        }

        return fired;
    }

    [Benchmark]
    public int InsertFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }

    [Benchmark]
    public int InsertUpdateFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        session.UpdateAll(_facts);
        return session.Fire();
    }

    [Benchmark]
    public int InsertRetractFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_facts);
        session.RetractAll(_facts);
        return session.Fire();
    }
}
