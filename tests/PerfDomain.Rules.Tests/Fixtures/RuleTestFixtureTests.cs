using PerfDomain.Rules.Testing;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class RuleTestFixtureTests
{
    [Fact]
    public void AssertFired_MatchingExpectation_Passes()
    {
        var fixture = new RuleTestFixture(typeof(JoinTests.OpenOrderOfPreferredCustomerRule));
        var ann = new Customer("Ann", isPreferred: true);
        var order = new Order(1, ann, 10);
        fixture.Session.InsertAll([ann, order]);
        fixture.Fire();

        fixture.AssertFired<JoinTests.OpenOrderOfPreferredCustomerRule>(1, ann, order);
    }

    [Fact]
    public void AssertFired_RuleDidNotFire_ThrowsWithWhyNot()
    {
        var fixture = new RuleTestFixture(typeof(JoinTests.OpenOrderOfPreferredCustomerRule));
        fixture.Session.Insert(new Customer("Ann", isPreferred: true));
        fixture.Fire();

        var error = Assert.Throws<RuleAssertionException>(() => fixture.AssertFired<JoinTests.OpenOrderOfPreferredCustomerRule>(1));
        Assert.Contains("expected 1 firing(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("has no match", error.Message, StringComparison.Ordinal);
        fixture.AssertDidNotFire<JoinTests.OpenOrderOfPreferredCustomerRule>();
    }
}
