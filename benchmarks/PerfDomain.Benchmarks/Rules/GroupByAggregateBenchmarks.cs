using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>
/// NRules' two-fact aggregate benchmark: for each active parent, the children joined to it (hash-indexed on the
/// key) grouped by their value (1…5, a rating). One activation per (parent, value) group.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GroupByAggregateBenchmarks
{
    private ISessionFactory _factory = null!;
    private LeftFact[] _lefts = null!;
    private RightFact[] _rights = null!;

    [Params(10, 100)]
    public int LeftCount { get; set; }

    [Params(10, 100, 1_000)]
    public int RightCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _factory = RuleFactories.Ours(typeof(ChildrenByValueRule));
        _lefts = BenchmarkData.Lefts(LeftCount);
        _rights = BenchmarkData.Rights(RightCount, LeftCount);
    }

    /// <summary>The same decision without an engine: bucket children by (active parent, value), one action per bucket.</summary>
    [Benchmark(Baseline = true)]
    public int HandWritten()
    {
        var active = new HashSet<int>();
        foreach (var left in _lefts)
        {
            if (left.IsActive)
            {
                active.Add(left.Key);
            }
        }

        var groups = new Dictionary<(int Key, int Value), List<RightFact>>();
        foreach (var right in _rights)
        {
            if (!active.Contains(right.Key))
            {
                continue;
            }

            if (!groups.TryGetValue((right.Key, right.Value), out var group))
            {
                group = [];
                groups.Add((right.Key, right.Value), group);
            }

            group.Add(right);
        }

        foreach (var _ in groups)
        {
            Sink.Nothing();
        }

        return groups.Count;
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

    public sealed class ChildrenByValueRule : Rule
    {
        public override void Define()
        {
            LeftFact left = null!;
            IGrouping<int, RightFact> group = null!;
            When()
                .Match(() => left, l => l.IsActive)
                .Query(() => group, q => q.Match<RightFact>(r => r.Key == left.Key).GroupBy(r => r.Value));
            Then().Do(_ => Sink.Nothing());
        }
    }
}
