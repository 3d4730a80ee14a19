using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class OrGroupTests
{
    [Fact]
    public void Or_BothAlternativesMatchSameFact_FiresOncePerAlternative()
    {
        var harness = new RuleHarness(typeof(PreferredOrHighLevelRule));
        harness.Session.Insert(new Customer("Ann", isPreferred: true) { Level = 5 });

        Assert.Equal(2, harness.Session.Fire());
    }

    [Fact]
    public void Or_OncePerFactSet_BothAlternativesMatchSameFact_FiresOnce()
    {
        var harness = new RuleHarness(new SessionOptions { OrFiresOncePerFactSet = true }, typeof(PreferredOrHighLevelRule));
        harness.Session.Insert(new Customer("Ann", isPreferred: true) { Level = 5 });

        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void Or_OncePerFactSet_OneAlternativeStopsMatching_DoesNotRefireUntilTheFactChanges()
    {
        var harness = new RuleHarness(new SessionOptions { OrFiresOncePerFactSet = true }, typeof(PreferredOrHighLevelRule));
        var ann = new Customer("Ann", isPreferred: true) { Level = 5 };
        harness.Session.Insert(ann);
        harness.Session.Fire();
        ann.IsPreferred = false;
        harness.Session.Update(ann);

        // The update itself makes the repeatable rule fire again (the fact changed), once for the set of facts.
        Assert.Equal(1, harness.Session.Fire());
        ann.Level = 0;
        harness.Session.Update(ann);
        Assert.Equal(0, harness.Session.Fire());
        Assert.True(harness.Session.Agenda.IsEmpty);
    }

    [Fact]
    public void Or_EachAlternativeMatchesDifferentFact_FiresForEach()
    {
        var harness = new RuleHarness(typeof(PreferredOrHighLevelRule));
        harness.Session.InsertAll([new Customer("Ann", isPreferred: true), new Customer("Bob") { Level = 5 }, new Customer("Cid")]);

        Assert.Equal(2, harness.Session.Fire());
    }

    [Fact]
    public void Or_FirstAlternativeStopsMatchingButSecondStill_DoesNotRefire()
    {
        var harness = new RuleHarness(typeof(PreferredOrHighLevelRule));
        var ann = new Customer("Ann", isPreferred: true) { Level = 5 };
        harness.Session.Insert(ann);
        harness.Session.Fire();
        ann.IsPreferred = false;
        harness.Session.Update(ann);

        // The first alternative's match goes; the second's is updated, so the repeatable rule fires again, once.
        Assert.Equal(1, harness.Session.Fire());
        ann.Level = 0;
        harness.Session.Update(ann);
        Assert.Equal(0, harness.Session.Fire());
    }

    [Fact]
    public void Or_WithAndAlternative_BindsAliasesOfTheMatchingAlternative()
    {
        var harness = new RuleHarness(typeof(PreferredOrBigOrderRule));
        var ann = new Customer("Ann");
        var order = new Order(1, ann, 5000);
        harness.Session.InsertAll([ann, order, new Customer("Pref", isPreferred: true)]);

        Assert.Equal(2, harness.Session.Fire());
        var withOrder = Assert.Single(harness.Fired, m => m.Facts.Any(f => f.Value is Order));
        Assert.Same(ann, withOrder.Facts.First(f => f.Declaration.Name == "customer").Value);
    }

    public class PreferredOrHighLevelRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Or(x => x
                .Match(() => customer, c => c.IsPreferred)
                .Match(() => customer, c => c.Level > 3));
            Then().Do(_ => customer.ToString());
        }
    }

    public class PreferredOrBigOrderRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Or(x => x
                .Match(() => customer, c => c.IsPreferred)
                .And(y => y
                    .Match(() => customer, c => !c.IsPreferred)
                    .Match(() => order, o => o.Customer == customer, o => o.Amount > 1000)));
            Then().Do(_ => customer.ToString());
        }
    }
}
