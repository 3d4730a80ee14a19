using NRules.Fluent.Dsl;
using PerfDomain.Rules.Network;
using PerfDomain.Rules.Sessions;
using PerfDomain.Rules.Tests.Fixtures;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Network;

/// <summary>White-box checks of how conditions compile; behaviour is tested through sessions elsewhere.</summary>
public class NetworkTests
{
    private static SessionFactory Compile(params Type[] rules) =>
        (SessionFactory)new RuleCompiler().Compile(RuleHarness.Definitions(rules));

    [Fact]
    public void ReferenceEqualityBetweenPatterns_IsHashIndexed()
    {
        var join = (JoinNode)Compile(typeof(JoinTests.OpenOrderOfPreferredCustomerRule)).CompiledRules[0].Branches[0].Nodes[1];

        Assert.NotNull(join.Join);
        Assert.Same(ReferenceEqualityComparer.Instance, join.Join.Comparer);
        Assert.Single(join.AlphaConditions);
        Assert.Empty(join.JoinConditions);
    }

    [Fact]
    public void StringEqualityBetweenPatterns_IsHashIndexed_OtherConditionsAreFilters()
    {
        var join = (JoinNode)Compile(typeof(JoinTests.LargeOrderByNameRule)).CompiledRules[0].Branches[0].Nodes[1];

        Assert.NotNull(join.Join);
        Assert.Single(join.JoinConditions);
        Assert.Empty(join.AlphaConditions);
    }

    [Fact]
    public void NotAndAggregateJoins_AreHashIndexed()
    {
        var not = (NegationNode)Compile(typeof(NegationTests.CustomerWithoutOrdersRule)).CompiledRules[0].Branches[0].Nodes[1];
        var collect = (AggregateNode)Compile(typeof(QueryTests.CollectOrdersRule)).CompiledRules[0].Branches[0].Nodes[1];

        Assert.NotNull(not.Join);
        Assert.NotNull(collect.Join);
    }

    [Fact]
    public void OrGroup_ExpandsIntoOneBranchPerAlternative()
    {
        var rule = Compile(typeof(OrGroupTests.PreferredOrBigOrderRule)).CompiledRules[0];

        Assert.Equal([1, 2], rule.Branches.Select(b => b.Nodes.Count).ToArray());
    }

    [Fact]
    public void ThousandByThousandJoin_EvaluatesFiltersOnlyForKeyMatches()
    {
        var factory = Compile(typeof(CountingJoinRule));
        var session = factory.CreateSession();
        var customers = Enumerable.Range(0, 1000).Select(i => new Customer($"c{i}")).ToArray();
        session.InsertAll(customers);
        session.InsertAll(customers.Select((c, i) => new Order(i, c, i)));

        Assert.Equal(1000, CountingJoinRule.Evaluations);
        Assert.Equal(1000, session.Fire());
        session.Update(customers[0]);
        Assert.Equal(1001, CountingJoinRule.Evaluations);
    }

    public class CountingJoinRule : Rule
    {
        private static int _evaluations;

        public static int Evaluations => _evaluations;

        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.Customer == customer, o => Count(o, customer));
            Then().Do(_ => order.ToString());
        }

        private static bool Count(Order order, Customer customer)
        {
            Interlocked.Increment(ref _evaluations);
            return order.Customer == customer;
        }
    }
}
