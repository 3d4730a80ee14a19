// Written as an NRules user would: only the line that compiles names PerfDomain.
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class NRulesCompatibilityTests
{
    [Fact]
    public void ClassicPreferredCustomerDiscountSample_RunsAsInNRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type(typeof(PreferredCustomerDiscountRule), typeof(DiscountNotificationRule)).NestedTypes()).To("discounts"));
        ISessionFactory factory = new PerfDomain.Rules.RuleCompiler().Compile(repository.GetRuleSets());
        ISession session = factory.CreateSession();
        var ann = new Customer("Ann", isPreferred: true);
        session.InsertAll([ann, new Order(1, ann, 100), new Order(2, ann, 200), new Order(3, ann, 300)]);
        var notified = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => notified.Add(e.Rule.Name);

        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["Preferred customer discount", "Discount notification"], notified.ToArray());
        Assert.Equal(60m, Assert.Single(session.Query<Discount>()).Percent);
    }

    [Name("Preferred customer discount")]
    [Description("Preferred customers with at least three open orders get 10% of their total")]
    [Priority(10)]
    [Tag("discounts")]
    public class PreferredCustomerDiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = default!;
            IEnumerable<Order> orders = default!;

            When()
                .Match<Customer>(() => customer, c => c.IsPreferred)
                .Query(() => orders, x => x
                    .Match<Order>(
                        o => o.Customer == customer,
                        o => o.IsOpen)
                    .Collect()
                    .Where(c => c.Count() >= 3));

            Then()
                .Yield(_ => new Discount(customer, orders.Sum(o => o.Amount) * 0.1m));
        }
    }

    [Name("Discount notification")]
    public class DiscountNotificationRule : Rule
    {
        public override void Define()
        {
            Discount discount = default!;

            When()
                .Match(() => discount)
                .Exists<Customer>(c => c == discount.Customer);

            Then()
                .Do(ctx => Notify(ctx, discount));
        }

        private static void Notify(IContext context, Discount discount) => _ = context.Rule.Name + discount;
    }
}
