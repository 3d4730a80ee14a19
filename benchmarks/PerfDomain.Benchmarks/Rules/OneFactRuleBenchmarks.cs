using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>NRules' one-fact benchmark: one rule with one pattern (an alpha condition) over N facts.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class OneFactRuleBenchmarks
{
    private ISessionFactory _factory = null!;
    private OneFact[] _facts = null!;

    [Params(10, 100, 1_000)]
    public int FactCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = RuleFactories.Ours(typeof(EvenValueRule));
        _facts = BenchmarkData.OneFacts(FactCount);
    }

    /// <summary>The same decision without an engine: test each fact, run the action on each match.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var fired = 0;
        foreach (var fact in _facts)
        {
            if (fact.Value % 2 == 0)
            {
                Sink.Nothing();
                fired++;
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

    public sealed class EvenValueRule : Rule
    {
        public override void Define()
        {
            OneFact fact = null!;
            When().Match(() => fact, f => f.Value % 2 == 0);
            Then().Do(_ => Sink.Nothing());
        }
    }
}
