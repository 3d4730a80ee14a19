using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class QueryTests
{
    [Fact]
    public void Collect_OverFacts_FiresOnceWithAllOfThem()
    {
        var harness = new RuleHarness(typeof(CollectOrdersRule));
        var ann = new Customer("Ann");
        var o1 = new Order(1, ann, 10);
        var o2 = new Order(2, ann, 20);
        harness.Session.InsertAll([ann, o1, o2]);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal([o1, o2], harness.Single<CollectOrdersRule, IEnumerable<Order>>());
    }

    [Fact]
    public void Collect_OverNoFacts_MatchesWithEmptyCollection()
    {
        var harness = new RuleHarness(typeof(CollectOrdersRule));
        harness.Session.Insert(new Customer("Ann"));

        Assert.Equal(1, harness.Session.Fire());
        Assert.Empty(harness.Single<CollectOrdersRule, IEnumerable<Order>>());
    }

    [Fact]
    public void Collect_WithAnyCondition_OverNoFacts_DoesNotMatch()
    {
        var harness = new RuleHarness(typeof(CollectNonEmptyRule));
        harness.Session.Insert(new Customer("Ann"));

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Collect_NewElementAfterFiring_RefiresWithUpdatedCollection()
    {
        var harness = new RuleHarness(typeof(CollectOrdersRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([ann, new Order(1, ann, 10)]);
        harness.Session.Fire();
        harness.Session.Insert(new Order(2, ann, 20));

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal(2, ((IEnumerable<Order>)harness.Fired[^1].Facts[1].Value!).Count());
    }

    [Fact]
    public void Collect_ElementRetracted_CollectionShrinks()
    {
        var harness = new RuleHarness(typeof(CollectNonEmptyRule));
        var ann = new Customer("Ann");
        var order = new Order(1, ann, 10);
        harness.Session.InsertAll([ann, order]);
        harness.Session.Retract(order);

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void GroupBy_FiresOncePerGroup()
    {
        var harness = new RuleHarness(typeof(OrdersByCustomerRule));
        var ann = new Customer("Ann");
        var bob = new Customer("Bob");
        harness.Session.InsertAll([new Order(1, ann, 10), new Order(2, bob, 20), new Order(3, ann, 30)]);

        Assert.Equal(2, harness.Session.Fire());
        var groups = harness.Fired.Select(m => (IGrouping<string, Order>)m.Facts[0].Value!).ToArray();
        Assert.Equal(["Ann", "Bob"], groups.Select(g => g.Key).ToArray());
        Assert.Equal([1, 3], groups[0].Select(o => o.Id).ToArray());
    }

    [Fact]
    public void GroupBy_OverNoFacts_DoesNotMatch()
    {
        var harness = new RuleHarness(typeof(OrdersByCustomerRule));

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void GroupBy_InsertIntoOneGroup_RefiresOnlyThatGroup()
    {
        var harness = new RuleHarness(typeof(OrdersByCustomerRule));
        var ann = new Customer("Ann");
        var bob = new Customer("Bob");
        harness.Session.InsertAll([new Order(1, ann, 10), new Order(2, bob, 20)]);
        harness.Session.Fire();
        harness.Session.Insert(new Order(3, bob, 5));

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal("Bob", ((IGrouping<string, Order>)harness.Fired[^1].Facts[0].Value!).Key);
    }

    [Fact]
    public void GroupBy_WithElementSelectorAndHavingCount_Matches()
    {
        var harness = new RuleHarness(typeof(AmountsByCustomerRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([new Order(1, ann, 10), new Order(2, ann, 30), new Order(3, new Customer("Bob"), 5)]);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal([10m, 30m], ((IGrouping<string, decimal>)harness.Fired[0].Facts[0].Value!).ToArray());
    }

    [Fact]
    public void SelectWhere_WithoutAggregate_MatchesEachProjectedValue()
    {
        var harness = new RuleHarness(typeof(LargeAmountsRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([new Order(1, ann, 10), new Order(2, ann, 300), new Order(3, ann, 500)]);

        Assert.Equal(2, harness.Session.Fire());
        Assert.Equal([300m, 500m], harness.Fired.Select(m => (decimal)m.Facts[0].Value!).Order().ToArray());
    }

    [Fact]
    public void Collect_ThenSelectCount_BindsTheCount()
    {
        var harness = new RuleHarness(typeof(OrderCountRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([new Order(1, ann, 10), new Order(2, ann, 300)]);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal(2, harness.Fired[0].Facts[0].Value);
    }

    [Fact]
    public void LetHaving_ComputedTotal_Filters()
    {
        var harness = new RuleHarness(typeof(BigSpenderRule));
        var ann = new Customer("Ann");
        var bob = new Customer("Bob");
        harness.Session.InsertAll([ann, bob, new Order(1, ann, 60), new Order(2, ann, 60), new Order(3, bob, 10)]);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Same(ann, harness.Fired[0].Facts[0].Value);
        Assert.Equal(120m, harness.Fired[0].Facts.Single(f => f.Declaration.Name == "total").Value);
    }

    public class CollectOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect());
            Then().Do(_ => orders.Count());
        }
    }

    public class CollectNonEmptyRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect().Where(c => c.Any()));
            Then().Do(_ => orders.Count());
        }
    }

    public class OrdersByCustomerRule : Rule
    {
        public override void Define()
        {
            IGrouping<string, Order> group = null!;
            When().Query(() => group, q => q.Match<Order>().GroupBy(o => o.CustomerName));
            Then().Do(_ => group.Count());
        }
    }

    public class AmountsByCustomerRule : Rule
    {
        public override void Define()
        {
            IGrouping<string, decimal> amounts = null!;
            When().Query(() => amounts, q => q.Match<Order>().GroupBy(o => o.CustomerName, o => o.Amount).Where(g => g.Count() > 1));
            Then().Do(_ => amounts.Sum());
        }
    }

    public class LargeAmountsRule : Rule
    {
        public override void Define()
        {
            decimal amount = 0;
            When().Query(() => amount, q => q.Match<Order>().Select(o => o.Amount).Where(a => a > 100));
            Then().Do(_ => amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public class OrderCountRule : Rule
    {
        public override void Define()
        {
            int count = 0;
            When().Query(() => count, q => q.Match<Order>().Collect().Select(c => c.Count()));
            Then().Do(_ => count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public class BigSpenderRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            decimal total = 0;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>(o => o.Customer == customer).Collect())
                .Let(() => total, () => orders.Sum(o => o.Amount))
                .Having(() => total > 100);
            Then().Do(_ => total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
