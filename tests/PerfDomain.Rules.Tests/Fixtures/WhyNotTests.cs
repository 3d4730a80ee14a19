using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class WhyNotTests
{
    [Fact]
    public void WhyNot_MissingJoinedFact_NamesPatternAndRanksClosestFacts()
    {
        var harness = new RuleHarness(typeof(BigOpenOrderRule));
        var ann = new Customer("Ann", isPreferred: true);
        var bob = new Customer("Bob", isPreferred: true);
        var close = new Order(1, ann, 5000, isOpen: false);
        var far = new Order(2, bob, 5, isOpen: false);
        harness.Session.InsertAll([ann, far, close]);

        var report = harness.Session.WhyNot(typeof(BigOpenOrderRule).FullName!);

        Assert.False(report.HasMatch);
        var branch = Assert.Single(report.Branches);
        Assert.Equal(1, branch.BlockingElementIndex);
        Assert.StartsWith("Match<Order>(order", branch.BlockingElement, StringComparison.Ordinal);
        Assert.Equal(1, branch.PartialMatches);
        Assert.Equal([close, far], branch.ClosestFacts.Select(c => c.Fact).ToArray());
        var best = branch.ClosestFacts[0];
        Assert.Equal(3, best.TotalConditions);
        Assert.Equal(2, best.SatisfiedConditions);
        Assert.Contains("IsOpen", Assert.Single(best.FailedConditions), StringComparison.Ordinal);
        Assert.Contains("has no match", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_FirstPatternUnmatched_ReportsElementZero()
    {
        var harness = new RuleHarness(typeof(BigOpenOrderRule));
        harness.Session.Insert(new Customer("Ann"));

        var branch = Assert.Single(harness.Session.WhyNot(typeof(BigOpenOrderRule).FullName!).Branches);

        Assert.Equal(0, branch.BlockingElementIndex);
        Assert.Equal(0, Assert.Single(branch.ClosestFacts).SatisfiedConditions);
    }

    [Fact]
    public void WhyNot_BlockedByNot_ListsBlockers()
    {
        var harness = new RuleHarness(typeof(NegationTests.CustomerWithoutOrdersRule));
        var ann = new Customer("Ann");
        var order = new Order(1, ann, 1);
        harness.Session.InsertAll([ann, order]);

        var branch = Assert.Single(harness.Session.WhyNot(typeof(NegationTests.CustomerWithoutOrdersRule).FullName!).Branches);

        Assert.StartsWith("Not(Match<Order>", branch.BlockingElement, StringComparison.Ordinal);
        Assert.Same(order, Assert.Single(branch.ClosestFacts).Fact);
    }

    [Fact]
    public void WhyNot_RuleMatches_ReportsMatch()
    {
        var harness = new RuleHarness(typeof(BigOpenOrderRule));
        var ann = new Customer("Ann", isPreferred: true);
        harness.Session.InsertAll([ann, new Order(1, ann, 5000)]);

        var report = harness.Session.WhyNot(typeof(BigOpenOrderRule).FullName!);

        Assert.True(report.HasMatch);
        Assert.Null(Assert.Single(report.Branches).BlockingElementIndex);
    }

    [Fact]
    public void WhyNot_OrRule_DiagnosesEachAlternative()
    {
        var harness = new RuleHarness(typeof(OrGroupTests.PreferredOrHighLevelRule));
        harness.Session.Insert(new Customer("Ann"));

        var report = harness.Session.WhyNot(typeof(OrGroupTests.PreferredOrHighLevelRule).FullName!);

        Assert.Equal(2, report.Branches.Count);
        Assert.All(report.Branches, b => Assert.Equal(0, b.BlockingElementIndex));
    }

    [Fact]
    public void WhyNot_UnknownRule_Throws()
    {
        var harness = new RuleHarness(typeof(BigOpenOrderRule));

        Assert.Throws<ArgumentException>(() => harness.Session.WhyNot("nope"));
    }

    public class BigOpenOrderRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Match(() => order, o => o.Customer == customer, o => o.Amount > 1000, o => o.IsOpen);
            Then().Do(_ => order.ToString());
        }
    }
}
