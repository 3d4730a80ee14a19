using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class NegationTests
{
    [Fact]
    public void Not_NoBlockingFact_Fires()
    {
        var harness = new RuleHarness(typeof(CustomerWithoutOrdersRule));
        harness.Session.Insert(new Customer("Ann"));

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Not_BlockingFactInserted_RemovesActivation()
    {
        var harness = new RuleHarness(typeof(CustomerWithoutOrdersRule));
        var ann = new Customer("Ann");
        harness.Session.Insert(ann);
        harness.Session.Insert(new Order(1, ann, 10));

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Not_BlockingFactRetracted_FiresAgain()
    {
        var harness = new RuleHarness(typeof(CustomerWithoutOrdersRule));
        var ann = new Customer("Ann");
        var order = new Order(1, ann, 10);
        harness.Session.InsertAll([ann, order]);
        harness.Session.Fire();
        harness.Session.Retract(order);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Not_OnlyOtherCustomersOrders_Fires()
    {
        var harness = new RuleHarness(typeof(CustomerWithoutOrdersRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([ann, new Order(1, new Customer("Bob"), 10)]);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Not_AloneOnEmptySession_Fires()
    {
        var harness = new RuleHarness(typeof(NoCustomersRule));

        Assert.Equal(1, harness.Session.Fire());
        harness.Session.Insert(new Customer("Ann"));
        Assert.True(harness.Session.Agenda.IsEmpty);
    }

    [Fact]
    public void Exists_ManyMatchingFacts_FiresOnce()
    {
        var harness = new RuleHarness(typeof(CustomerWithOpenOrderRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([ann, new Order(1, ann, 10), new Order(2, ann, 20)]);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Exists_UpdateOfSupportingFact_DoesNotRefire()
    {
        var harness = new RuleHarness(typeof(CustomerWithOpenOrderRule));
        var ann = new Customer("Ann");
        var order = new Order(1, ann, 10);
        harness.Session.InsertAll([ann, order]);
        harness.Session.Fire();
        order.Amount = 11;
        harness.Session.Update(order);

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Exists_LastSupportRetracted_RemovesActivation()
    {
        var harness = new RuleHarness(typeof(CustomerWithOpenOrderRule));
        var ann = new Customer("Ann");
        var order = new Order(1, ann, 10);
        harness.Session.InsertAll([ann, order]);
        order.IsOpen = false;
        harness.Session.Update(order);

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void All_EveryOrderLarge_Fires()
    {
        var harness = new RuleHarness(typeof(AllOrdersLargeRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([ann, new Order(1, ann, 200), new Order(2, ann, 300), new Order(3, new Customer("Bob"), 1)]);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void All_OneSmallOrder_DoesNotFire()
    {
        var harness = new RuleHarness(typeof(AllOrdersLargeRule));
        var ann = new Customer("Ann");
        harness.Session.InsertAll([ann, new Order(1, ann, 200), new Order(2, ann, 3)]);

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void All_NoOrders_HoldsVacuously()
    {
        var harness = new RuleHarness(typeof(AllOrdersLargeRule));
        harness.Session.Insert(new Customer("Ann"));

        Assert.Equal(1, harness.Session.Fire());
    }

    public class CustomerWithoutOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Order>(o => o.Customer == customer);
            Then().Do(_ => customer.ToString());
        }
    }

    public class NoCustomersRule : Rule
    {
        public override void Define()
        {
            When().Not<Customer>();
            Then().Do(_ => string.Empty.ToString());
        }
    }

    public class CustomerWithOpenOrderRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Exists<Order>(o => o.Customer == customer, o => o.IsOpen);
            Then().Do(_ => customer.ToString());
        }
    }

    public class AllOrdersLargeRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .All<Order>(o => o.Customer == customer, o => o.Amount > 100);
            Then().Do(_ => customer.ToString());
        }
    }
}
