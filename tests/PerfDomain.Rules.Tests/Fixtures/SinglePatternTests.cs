using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class SinglePatternTests
{
    [Fact]
    public void Fire_OneMatchingFact_FiresOnceWithThatFact()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        var customer = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(customer);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Same(customer, harness.Single<PreferredCustomerRule, Customer>());
    }

    [Fact]
    public void Fire_NonMatchingFact_DoesNotFire()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        harness.Session.Insert(new Customer("Bob"));

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Fire_ManyFacts_FiresOncePerMatchingFact()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        harness.Session.InsertAll(Enumerable.Range(0, 10).Select(i => new Customer($"C{i}", i % 2 == 0)));

        Assert.Equal(5, harness.Session.Fire());
    }

    [Fact]
    public void Update_FactStartsMatching_Fires()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        var customer = new Customer("Ann");
        harness.Session.Insert(customer);
        customer.IsPreferred = true;
        harness.Session.Update(customer);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Retract_BeforeFire_DoesNotFire()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        var customer = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(customer);
        harness.Session.Retract(customer);

        Assert.Equal(0, harness.Session.Fire());
        Assert.True(harness.Session.Agenda.IsEmpty);
    }

    [Fact]
    public void Fire_AfterFiring_DoesNotRefireWithoutChange()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        harness.Session.Insert(new Customer("Ann", isPreferred: true));
        harness.Session.Fire();

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Update_AfterFiring_RepeatableRuleFiresAgain()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        var customer = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(customer);
        harness.Session.Fire();
        harness.Session.Update(customer);

        Assert.Equal(1, harness.Session.Fire());
        Assert.Equal(2, harness.Count<PreferredCustomerRule>());
    }

    [Fact]
    public void Update_AfterFiring_NonRepeatableRuleDoesNotFireAgain()
    {
        var harness = new RuleHarness(typeof(NonRepeatablePreferredRule));
        var customer = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(customer);
        harness.Session.Fire();
        harness.Session.Update(customer);

        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Update_NoLongerMatchesThenMatchesAgain_NonRepeatableRuleFiresAgain()
    {
        var harness = new RuleHarness(typeof(NonRepeatablePreferredRule));
        var customer = new Customer("Ann", isPreferred: true);
        harness.Session.Insert(customer);
        harness.Session.Fire();
        customer.IsPreferred = false;
        harness.Session.Update(customer);
        customer.IsPreferred = true;
        harness.Session.Update(customer);

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Query_ReturnsFactsOfTypeInInsertionOrder()
    {
        var harness = new RuleHarness(typeof(PreferredCustomerRule));
        var a = new Customer("A");
        var b = new Customer("B");
        harness.Session.InsertAll([b, a]);

        Assert.Equal([b, a], harness.Session.Query<Customer>().ToArray());
    }

    public class PreferredCustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Do(_ => Touch(customer));
        }

        private static void Touch(Customer customer) => _ = customer.Name;
    }

    [Repeatability(RuleRepeatability.NonRepeatable)]
    public class NonRepeatablePreferredRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsPreferred);
            Then().Do(_ => customer.Name.ToString());
        }
    }
}
