using NRules;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

/// <summary>
/// A batch insert checks its facts for repeats with one set the session keeps and empties after each batch. NRules' own
/// runtime throws a bare <see cref="ArgumentException"/> from its dictionary for an object repeated in one batch; ours
/// reports it as a failed fact, as it does a fact already in the session.
/// </summary>
public class InsertBatchTests
{
    [Fact]
    public void TryInsertAll_TheSameObjectTwiceInOneBatch_FailsIt_AndTheNextBatchesAreCheckedAfresh()
    {
        var harness = new RuleHarness(typeof(SinglePatternTests.PreferredCustomerRule));
        var session = harness.Session;
        var (a, b) = (new Customer("a", isPreferred: true), new Customer("b", isPreferred: true));

        var byDefault = session.TryInsertAll([a, b, a]);
        var countAfterDefault = session.Query<Customer>().Count();
        var skipping = session.TryInsertAll([a, b, a], BatchOptions.SkipFailed);
        var again = session.TryInsertAll([new Customer("c", isPreferred: true), new Customer("d", isPreferred: true)]);
        var single = session.TryInsertAll([new Customer("e", isPreferred: true)]);

        Assert.Same(a, Assert.Single(byDefault.Failed));
        Assert.Equal(0, countAfterDefault);
        Assert.Same(a, Assert.Single(skipping.Failed));
        Assert.Equal(0, again.FailedCount);
        Assert.Equal(0, single.FailedCount);
        Assert.Equal(5, session.Fire());
    }
}
