using PerfDomain.Rules.Fluent.Dsl;
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

        Assert.Equal([typeof(HighRule).FullName!, typeof(LowRule).FullName!], harness.Fired.Select(m => m.Rule.Name).ToArray());
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
            harness.Fired.Select(m => (m.Rule.Name, (Customer)m.Facts[0].Value!)).ToArray());
    }

    [Fact]
    public void Fire_CustomComparer_ReplacesTieBreak()
    {
        var options = new SessionOptions { ActivationComparer = new LastInFirstOut() };
        var harness = new RuleHarness(options, typeof(LowRule));
        var a = new Customer("A");
        var b = new Customer("B");
        harness.Session.Insert(a);
        harness.Session.Insert(b);
        harness.Session.Fire();

        Assert.Equal([b, a], harness.Fired.Select(m => m.Facts[0].Value).ToArray());
    }

    [Fact]
    public void Fire_MaxRules_FiresAtMostThatMany()
    {
        var harness = new RuleHarness(typeof(LowRule));
        harness.Session.InsertAll([new Customer("A"), new Customer("B"), new Customer("C")]);

        Assert.Equal(2, harness.Session.Fire(2));
        Assert.Single(harness.Session.Agenda);
    }

    [Fact]
    public void Agenda_ListsPendingActivationsInFiringOrder()
    {
        var harness = new RuleHarness(typeof(LowRule), typeof(HighRule));
        harness.Session.Insert(new Customer("A"));

        Assert.Equal([typeof(HighRule).FullName!, typeof(LowRule).FullName!], harness.Session.Agenda.Select(a => a.Rule.Name).ToArray());
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

    private sealed class LastInFirstOut : IComparer<IActivation>
    {
        public int Compare(IActivation? x, IActivation? y)
        {
            var byPriority = y!.Rule.Priority.CompareTo(x!.Rule.Priority);
            return byPriority != 0 ? byPriority : y.Sequence.CompareTo(x.Sequence);
        }
    }
}
