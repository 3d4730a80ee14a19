using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>
/// NRules' two-fact join benchmark, with an equality join on a key (<c>right.Key == left.Key</c>) so that the
/// engine's hash index is exercised: each right fact points at one left fact, so the number of matches grows with
/// the number of right facts (about ¾ of them, the share whose parent is active), not with the product.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TwoFactJoinBenchmarks
{
    private ISessionFactory _factory = null!;
    private ISessionFactory _unindexed = null!;
    private LeftFact[] _lefts = null!;
    private RightFact[] _rights = null!;

    [Params(10, 100, 1_000)]
    public int LeftCount { get; set; }

    [Params(10, 100, 1_000)]
    public int RightCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = RuleFactories.Ours(typeof(KeyJoinRule));
        _unindexed = RuleFactories.Ours(typeof(UnindexedJoinRule));
        _lefts = BenchmarkData.Lefts(LeftCount);
        _rights = BenchmarkData.Rights(RightCount, LeftCount);
    }

    /// <summary>The same decision without an engine: a dictionary of active parents, one lookup per child.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var active = new Dictionary<int, LeftFact>(_lefts.Length);
        foreach (var left in _lefts)
        {
            if (left.IsActive)
            {
                active.Add(left.Key, left);
            }
        }

        var fired = 0;
        foreach (var right in _rights)
        {
            if (active.ContainsKey(right.Key))
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
        session.InsertAll(_lefts);
        session.InsertAll(_rights);
        return session.Fire();
    }

    [Benchmark]
    public int InsertUpdateFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_lefts);
        session.InsertAll(_rights);
        session.UpdateAll(_lefts);
        session.UpdateAll(_rights);
        return session.Fire();
    }

    [Benchmark]
    public int InsertRetractFire()
    {
        var session = _factory.CreateSession();
        session.InsertAll(_lefts);
        session.InsertAll(_rights);
        session.RetractAll(_lefts);
        session.RetractAll(_rights);
        return session.Fire();
    }

    /// <summary>The same join written so the engine cannot index it (<c>right.Key - left.Key == 0</c>): every pair is tested.</summary>
    [Benchmark]
    public int InsertFireUnindexed()
    {
        var session = _unindexed.CreateSession();
        session.InsertAll(_lefts);
        session.InsertAll(_rights);
        return session.Fire();
    }

    public sealed class KeyJoinRule : Rule
    {
        public override void Define()
        {
            LeftFact left = null!;
            RightFact right = null!;
            When()
                .Match(() => left, l => l.IsActive)
                .Match(() => right, r => r.Key == left.Key);
            Then().Do(_ => Sink.Nothing());
        }
    }

    public sealed class UnindexedJoinRule : Rule
    {
        public override void Define()
        {
            LeftFact left = null!;
            RightFact right = null!;
            When()
                .Match(() => left, l => l.IsActive)
                .Match(() => right, r => r.Key - left.Key == 0);
            Then().Do(_ => Sink.Nothing());
        }
    }
}
