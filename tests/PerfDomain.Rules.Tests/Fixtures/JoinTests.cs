using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class JoinTests
{
    [Fact]
    public void Fire_JoinedFacts_FiresOncePerPair()
    {
        var harness = new RuleHarness(typeof(OpenOrderOfPreferredCustomerRule));
        var ann = new Customer("Ann", isPreferred: true);
        var bob = new Customer("Bob", isPreferred: true);
        harness.Session.InsertAll([ann, bob, new Order(1, ann, 10), new Order(2, ann, 20), new Order(3, bob, 30, isOpen: false)]);

        Assert.Equal(2, harness.Session.Fire());
        Assert.All(harness.Fired, m => Assert.Same(ann, m.Facts[0].Value));
    }

    [Fact]
    public void Fire_FactsInsertedInEitherOrder_SameMatches()
    {
        var first = new RuleHarness(typeof(OpenOrderOfPreferredCustomerRule));
        var second = new RuleHarness(typeof(OpenOrderOfPreferredCustomerRule));
        var ann = new Customer("Ann", isPreferred: true);
        var order = new Order(1, ann, 10);
        first.Session.InsertAll([ann, order]);
        second.Session.InsertAll([order, ann]);

        Assert.Equal(1, first.Session.Fire());
        Assert.Equal(1, second.Session.Fire());
    }

    [Fact]
    public void Update_JoinKeyChanges_MatchMovesToNewCustomer()
    {
        var harness = new RuleHarness(typeof(OpenOrderOfPreferredCustomerRule));
        var ann = new Customer("Ann", isPreferred: true);
        var bob = new Customer("Bob", isPreferred: true);
        var order = new Order(1, ann, 10);
        harness.Session.InsertAll([ann, bob, order]);
        order.Customer = bob;
        harness.Session.Update(order);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Same(bob, Assert.Single(harness.Fired).Facts[0].Value);
    }

    [Fact]
    public void Retract_JoinedFact_RemovesActivation()
    {
        var harness = new RuleHarness(typeof(OpenOrderOfPreferredCustomerRule));
        var ann = new Customer("Ann", isPreferred: true);
        harness.Session.InsertAll([ann, new Order(1, ann, 10)]);
        harness.Session.Retract(ann);

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Fire_JoinOnValueKeyAndFilter_Matches()
    {
        var harness = new RuleHarness(typeof(LargeOrderByNameRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([ann, new Order(1, new Customer("Ann"), 500), new Order(2, ann, 50), new Order(3, new Customer("Zed"), 900)]);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Fire_ThousandByThousandEqualityJoin_CompletesQuickly()
    {
        var harness = new RuleHarness(typeof(OpenOrderOfPreferredCustomerRule));
        var customers = Enumerable.Range(0, 1000).Select(i => new Customer($"C{i}", isPreferred: true)).ToArray();
        harness.Session.InsertAll(customers);
        harness.Session.InsertAll(Enumerable.Range(0, 1000).Select(i => new Order(i, customers[i], i)));

        Assert.Equal(1000, harness.Session.Fire());
    }

    public class OpenOrderOfPreferredCustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Match(() => order, o => o.Customer == customer && o.IsOpen);
            Then().Do(_ => order.ToString());
        }
    }

    public class LargeOrderByNameRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerName == customer.Name, o => o.Amount > customer.Level + 100);
            Then().Do(_ => order.ToString());
        }
    }
}
