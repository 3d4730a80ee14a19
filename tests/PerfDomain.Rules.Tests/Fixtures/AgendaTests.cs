using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class AgendaTests
{
    [Fact]
    public void Fire_HigherPriorityFirst()
    {
        var harness = new RuleHarness(typeof(LowRule), typeof(HighRule));
        harness.Session.Insert(new Customer("Ann"));
        harness.Session.Fire();

        Assert.Equal([typeof(HighRule).FullName!, typeof(LowRule).FullName!], harness.Fired.Select(m => m.Rule).ToArray());
    }

    [Fact]
    public void Fire_EqualPriority_FirstInFirstOut()
    {
        var harness = new RuleHarness(typeof(LowRule));
        var a = new Customer("A");
        var b = new Customer("B");
        harness.Session.Insert(b);
        harness.Session.Insert(a);
        harness.Session.Fire();

        Assert.Equal([b, a], harness.Fired.Select(m => m.Facts[0].Value).ToArray());
    }

    [Fact]
    public void Fire_EqualPrioritySameOperation_RuleDeclarationOrderThenFactRecency()
    {
        var harness = new RuleHarness(typeof(LowRule), typeof(OtherLowRule));
        var a = new Customer("A");
        var b = new Customer("B");
        harness.Session.InsertAll([a, b]);
        harness.Session.Fire();

        Assert.Equal(
            [(typeof(LowRule).FullName!, a), (typeof(LowRule).FullName!, b), (typeof(OtherLowRule).FullName!, a), (typeof(OtherLowRule).FullName!, b)],
            harness.Fired.Select(m => (m.Rule, (Customer)m.Facts[0].Value!)).ToArray());
    }

    [Fact]
    public void Fire_MaxRules_FiresAtMostThatMany()
    {
        var harness = new RuleHarness(typeof(LowRule));
        harness.Session.InsertAll([new Customer("A"), new Customer("B"), new Customer("C")]);

        Assert.Equal(2, harness.Session.Fire(2));
        Assert.False(harness.Session.Agenda.IsEmpty);
        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void AgendaPeek_ShowsTheNextActivationWithoutFiringIt()
    {
        var harness = new RuleHarness(typeof(LowRule), typeof(HighRule));
        var a = new Customer("A");
        harness.Session.Insert(a);

        var next = harness.Session.Agenda.Peek();

        Assert.Equal(typeof(HighRule).FullName, next.Rule.Name);
        Assert.Same(a, Assert.Single(next.Facts).Value);
        Assert.Empty(harness.Fired);
        Assert.Equal(2, harness.Session.Fire());
        Assert.True(harness.Session.Agenda.IsEmpty);
    }

    public class LowRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => customer.ToString());
        }
    }

    public class OtherLowRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => customer.ToString());
        }
    }

    [Priority(10)]
    public class HighRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => customer.ToString());
        }
    }
}
