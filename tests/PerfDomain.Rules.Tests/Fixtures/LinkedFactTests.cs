using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class LinkedFactTests
{
    [Fact]
    public void Yield_InsertsLinkedFact()
    {
        var harness = new RuleHarness(typeof(DiscountRule));
        var ann = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(ann);
        harness.Session.Fire();

        var discount = Assert.Single(harness.Session.Query<Discount>());
        Assert.Same(ann, discount.Customer);
    }

    [Fact]
    public void Yield_MatchGoesAway_LinkedFactRetracted()
    {
        var harness = new RuleHarness(typeof(DiscountRule));
        var ann = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(ann);
        harness.Session.Fire();
        ann.IsPreferred = false;
        harness.Session.Update(ann);

        Assert.Empty(harness.Session.Query<Discount>());
    }

    [Fact]
    public void Yield_RuleFiresAgain_LinkedFactReplaced()
    {
        var harness = new RuleHarness(typeof(DiscountRule));
        var ann = new Customer("Ann", isPreferred: true) { Level = 1 };
        harness.Session.Insert(ann);
        harness.Session.Fire();
        ann.Level = 3;
        harness.Session.Update(ann);
        harness.Session.Fire();

        Assert.Equal(3m, Assert.Single(harness.Session.Query<Discount>()).Percent);
    }

    [Fact]
    public void YieldWithUpdate_RuleFiresAgain_LinkedFactUpdatedInPlace()
    {
        var harness = new RuleHarness(typeof(UpdatingDiscountRule));
        var ann = new Customer("Ann", isPreferred: true) { Level = 1 };
        harness.Session.Insert(ann);
        harness.Session.Fire();
        var first = Assert.Single(harness.Session.Query<Discount>());
        ann.Level = 4;
        harness.Session.Update(ann);
        harness.Session.Fire();

        Assert.Same(first, Assert.Single(harness.Session.Query<Discount>()));
        Assert.Equal(4m, first.Percent);
    }

    [Fact]
    public void Yield_ChainedRuleSeesLinkedFact_AndLosesItWithTheMatch()
    {
        var harness = new RuleHarness(typeof(DiscountRule), typeof(DiscountNoticeRule));
        var ann = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(ann);
        harness.Session.Fire();
        Assert.Equal(1, harness.Count<DiscountNoticeRule>());

        harness.Session.Retract(ann);
        Assert.Empty(harness.Session.Query<Discount>());
        Assert.Empty(harness.Session.Query<Counter>());
    }

    public class DiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Yield(_ => new Discount(customer, customer.Level));
        }
    }

    public class UpdatingDiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Yield(_ => new Discount(customer, customer.Level), (_, d) => Bump(d, customer.Level));
        }

        private static Discount Bump(Discount discount, int level)
        {
            discount.Percent = level;
            return discount;
        }
    }

    public class DiscountNoticeRule : Rule
    {
        public override void Define()
        {
            Discount discount = null!;
            When().Match(() => discount);
            Then().Yield(_ => new Counter(discount.Customer.Name));
        }
    }
}
