using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>
/// Incremental update of one fact in a session holding 100,000 facts, then <c>Fire()</c>. Each call moves one
/// child to another (active) parent and back on the next call, so the session's state is the same every other call.
/// Three sessions: an indexed join plus a one-fact rule (20,000 parents, 80,000 children); per-parent group-by
/// aggregates (1,000 parents, 99,000 children); one group-by over all 100,000 facts.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class IncrementalUpdateBenchmarks
{
    public const int TotalFacts = 100_000;

    private ISessionFactory _joinFactory = null!;
    private LeftFact[] _lefts = null!;
    private RightFact[] _rights = null!;
    private ISession _session = null!;
    private RightFact _target = null!;
    private int _parentA;
    private int _parentB;

    [GlobalSetup(Targets = [nameof(HandWrittenRecompute), nameof(InsertFromScratch), nameof(UpdateOneFact_Join)])]
    public void SetupJoin()
    {
        _joinFactory = RuleFactories.Ours(typeof(TwoFactJoinBenchmarks.KeyJoinRule), typeof(TopValueRule));
        Fill(_joinFactory, 20_000);
    }

    [GlobalSetup(Target = nameof(UpdateOneFact_GroupByPerParent))]
    public void SetupGroupByPerParent()
    {
        Fill(RuleFactories.Ours(typeof(GroupByAggregateBenchmarks.ChildrenByValueRule)), 1_000);
    }

    [GlobalSetup(Target = nameof(UpdateOneFact_GroupByGlobal))]
    public void SetupGroupByGlobal()
    {
        Fill(RuleFactories.Ours(typeof(ValueDistributionRule)), 1);
    }

    /// <summary>Without an incremental engine: recompute every match of the join and the one-fact rule from scratch.</summary>
    [Benchmark(Baseline = true)]
    public int HandWrittenRecompute()
    {
        Move();
        var active = new HashSet<int>();
        foreach (var left in _lefts)
        {
            if (left.IsActive)
            {
                active.Add(left.Key);
            }
        }

        var fired = 0;
        foreach (var right in _rights)
        {
            if (active.Contains(right.Key))
            {
                Sink.Nothing();
                fired++;
            }

            if (right.Value == 5)
            {
                Sink.Nothing();
                fired++;
            }
        }

        return fired;
    }

    /// <summary>With the engine but not incrementally: a new session, all 100,000 facts inserted, fired.</summary>
    [Benchmark]
    public int InsertFromScratch()
    {
        Move();
        var session = _joinFactory.CreateSession();
        session.InsertAll(_lefts);
        session.InsertAll(_rights);
        return session.Fire();
    }

    [Benchmark]
    public int UpdateOneFact_Join() => UpdateAndFire();

    [Benchmark]
    public int UpdateOneFact_GroupByPerParent() => UpdateAndFire();

    [Benchmark]
    public int UpdateOneFact_GroupByGlobal() => UpdateAndFire();

    private int UpdateAndFire()
    {
        Move();
        _session.Update(_target);
        return _session.Fire();
    }

    private void Move()
    {
        _target.Key = _target.Key == _parentA ? _parentB : _parentA;
        _target.Value = _target.Value == 5 ? 1 : 5;
    }

    private void Fill(ISessionFactory factory, int parents)
    {
        _lefts = BenchmarkData.Lefts(parents);
        _rights = BenchmarkData.Rights(TotalFacts - parents, parents);
        foreach (var left in _lefts)
        {
            left.IsActive = true;
        }

        _target = _rights[_rights.Length / 2];
        _parentA = _target.Key;
        _parentB = (_target.Key + 1) % parents;
        _session = factory.CreateSession();
        _session.InsertAll(_lefts);
        _session.InsertAll(_rights);
        _session.Fire();
    }

    public sealed class TopValueRule : Rule
    {
        public override void Define()
        {
            RightFact right = null!;
            When().Match(() => right, r => r.Value == 5);
            Then().Do(_ => Sink.Nothing());
        }
    }

    public sealed class ValueDistributionRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, RightFact> group = null!;
            When().Query(() => group, q => q.Match<RightFact>().GroupBy(r => r.Value));
            Then().Do(_ => Sink.Nothing());
        }
    }
}
