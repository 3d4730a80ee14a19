using NRules;
using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// The differences between NRules 1.0.4 and PerfDomain that the oracle properties found, and normalise or avoid: each
/// fact is the smallest reproduction, asserting what each runtime does. Each is listed in docs/rules-engine.md
/// ("Differences found by the oracle"); a change on either side makes its test fail.
/// </summary>
public class KnownDivergenceTests
{
    private static List<string> Run(bool nrules, RuleSpec[] rules, Action<ISession> script, bool ordered)
    {
        var definitions = rules.Select(DynamicRule.Build).ToArray();
        var session = nrules ? new NRules.RuleCompiler().Compile(definitions).CreateSession() : new RuleCompiler().Compile(definitions).CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => fired.Add(ordered ? MatchText.InOrder(e.Match) : MatchText.Of(e.Match));
        script(session);
        return fired;
    }

    private static (List<string> NRules, List<string> PerfDomain) Both(RuleSpec[] rules, Action<ISession> script, bool ordered = false) =>
        (Run(nrules: true, rules, script, ordered), Run(nrules: false, rules, script, ordered));

    [Fact]
    public void All_FactLeavesItsScope_NRulesFiresAgain()
    {
        // R0: A, then all B with B.Key == A.Key have Val > 0. B leaves A's scope: the rule still holds.
        var (nrules, ours) = Both([new RuleSpec(Shape.All, T: 0, K: 0, Priority: 0, Repeatable: true)], session =>
        {
            var b = new B(1, key: 2, val: 1);
            session.Insert(b);
            session.Insert(new A(2, key: 2, val: 0));
            session.Fire();
            (b.Key, b.Val) = (1, 0);
            session.Update(b);
            session.Fire();
        });

        Assert.Equal(["R0(a=A2)", "R0(a=A2)"], nrules);
        Assert.Equal(["R0(a=A2)"], ours);
    }

    [Fact]
    public void AllFirst_FactComesBackIntoItsScopeStillSatisfyingIt_NRulesFiresAgain()
    {
        // R0: all B with B.Key == 2 have Val > 0.
        var (nrules, ours) = Both([new RuleSpec(Shape.AllFirst, T: 0, K: 2, Priority: 0, Repeatable: true)], session =>
        {
            var b = new B(1, key: 2, val: 1);
            session.Insert(b);
            session.Insert(new B(2, key: 2, val: 1));
            session.Fire();
            (b.Key, b.Val) = (1, 0);
            session.Update(b);
            session.Fire();
            (b.Key, b.Val) = (2, 1);
            session.Update(b);
            session.Fire();
        });

        Assert.Equal(["R0()", "R0()"], nrules);
        Assert.Equal(["R0()"], ours);
    }

    [Fact]
    public void Exists_UpdateOfTheMatchedFactMovesItsSupport_NRulesFiresANonRepeatableRuleAgain()
    {
        // R0 (non-repeatable): A, and some B with B.Key == A.Key.
        var (nrules, ours) = Both([new RuleSpec(Shape.Exists, T: 0, K: 0, Priority: 0, Repeatable: false)], session =>
        {
            var a = new A(1, key: 1, val: 0);
            session.InsertAll([a, new B(2, key: 1, val: 1), new B(3, key: 2, val: 1)]);
            session.Fire();
            a.Key = 2;
            session.Update(a);
            session.Fire();
        });

        Assert.Equal(["R0(a=A1)", "R0(a=A1)"], nrules);
        Assert.Equal(["R0(a=A1)"], ours);
    }

    [Fact]
    public void EqualPriority_OneInsertAll_NRulesFiresInTheOrderItsNetworkCompletedTheMatches()
    {
        // R0: A joined with a B of its key (other Val). R1: A with Val > 0. Same priority, queued by one InsertAll:
        // NRules propagates the As of the batch, completing R1's match, then the Bs, completing R0's; PerfDomain
        // orders one operation's activations by rule, then by fact recency.
        var (nrules, ours) = Both(
            [new RuleSpec(Shape.JoinFilter, T: 0, K: 0, Priority: 0, Repeatable: true), new RuleSpec(Shape.Single, T: 0, K: 0, Priority: 0, Repeatable: true)],
            session =>
            {
                session.InsertAll([new A(1, key: 1, val: 1), new B(2, key: 1, val: 0)]);
                session.Fire();
            });

        Assert.Equal(["R1(a=A1)", "R0(a=A1, b=B2)"], nrules);
        Assert.Equal(["R0(a=A1, b=B2)", "R1(a=A1)"], ours);
    }

    [Fact]
    public void EqualPriority_UpdateAllOutOfInsertionOrder_NRulesFiresInTheBatchsOrder()
    {
        // R0: A with Val > 0. Both facts start matching in one UpdateAll, the later one first in the batch.
        var (nrules, ours) = Both([new RuleSpec(Shape.Single, T: 0, K: 0, Priority: 0, Repeatable: true)], session =>
        {
            var (a1, a2) = (new A(1, key: 0, val: 0), new A(2, key: 0, val: 0));
            session.InsertAll([a1, a2]);
            (a1.Val, a2.Val) = (1, 1);
            session.UpdateAll([a2, a1]);
            session.Fire();
        });

        Assert.Equal(["R0(a=A2)", "R0(a=A1)"], nrules);
        Assert.Equal(["R0(a=A1)", "R0(a=A2)"], ours);
    }

    [Fact]
    public void AgendaFilter_RejectedThenAcceptedAgain_NRulesFiresItAtItsOldPlace()
    {
        // R0: A and B with the same key, filtered on A.Val + B.Val > 0. (A1, B3) passes throughout; (A1, B2) is
        // rejected, then accepted again.
        var (nrules, ours) = Both([new RuleSpec(Shape.FilterWhere, T: 0, K: 0, Priority: 0, Repeatable: true)], session =>
        {
            var a = new A(1, key: 1, val: 1);
            session.InsertAll([a, new B(2, key: 1, val: 0)]);
            session.Insert(new B(3, key: 1, val: 1));
            a.Val = 0;
            session.Update(a);
            a.Val = 1;
            session.Update(a);
            session.Fire();
        });

        // NRules removes from its agenda lazily: the first entry of (A1, B2) is still queued when the filter accepts it again.
        Assert.Equal(["R0(a=A1, b=B2)", "R0(a=A1, b=B3)"], nrules);
        Assert.Equal(["R0(a=A1, b=B3)", "R0(a=A1, b=B2)"], ours);
    }

    [Fact]
    public void Collect_FactLeavesAndComesBack_NRulesListsItLast()
    {
        // R0: A, and the B with B.Key == A.Key, collected.
        var (nrules, ours) = Both([new RuleSpec(Shape.Collect, T: 0, K: 0, Priority: 0, Repeatable: true)], session =>
        {
            var b = new B(2, key: 1, val: 0);
            session.InsertAll([new A(1, key: 1, val: 0), b, new B(3, key: 1, val: 0)]);
            b.Key = 0;
            session.Update(b);
            b.Key = 1;
            session.Update(b);
            session.Fire();
        }, ordered: true);

        Assert.Equal(["R0(a=A1, bs=[B3,B2])"], nrules);
        Assert.Equal(["R0(a=A1, bs=[B2,B3])"], ours);
    }

    [Fact]
    public void Select_TwoFactsProjectToEqualValues_NRulesThrows()
    {
        var definitions = RuleHarness.Definitions(typeof(ValuesRule));
        var facts = new object[] { new A(1, key: 1, val: 0), new B(2, key: 1, val: 5), new B(3, key: 1, val: 5) };

        // NRules keys the projected values by value: the second 5 is a duplicate key.
        Assert.Throws<ArgumentException>(() => new NRules.RuleCompiler().Compile(definitions).CreateSession().InsertAll(facts));
        var session = new RuleCompiler().Compile(definitions).CreateSession();
        session.InsertAll(facts);
        Assert.Equal(2, session.Fire());
    }

    public class ValuesRule : Rule
    {
        public override void Define()
        {
            A a = null!;
            int value = 0;
            When().Match(() => a).Query(() => value, q => q.Match<B>(b => b.Key == a.Key).Select(b => b.Val));
            Then().Do(_ => value.GetHashCode());
        }
    }
}
