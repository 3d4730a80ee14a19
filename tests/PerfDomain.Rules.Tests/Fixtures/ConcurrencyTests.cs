using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class ConcurrencyTests
{
    [Fact]
    public async Task SessionFactory_UsedFromManyThreads_EachSessionIsIndependentAndCorrect()
    {
        var harness = new RuleHarness(typeof(JoinTests.OpenOrderOfPreferredCustomerRule), typeof(QueryTests.CollectOrdersRule));
        var factory = harness.Factory;
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(t => Task.Run(() =>
        {
            var session = factory.CreateSession();
            var customers = Enumerable.Range(0, 20).Select(i => new Customer($"{t}-{i}", isPreferred: i % 2 == 0)).ToArray();
            session.InsertAll(customers);
            session.InsertAll(customers.Select((c, i) => new Order(i, c, i)));
            return session.Fire();
        })));

        Assert.All(results, r => Assert.Equal(30, r));
    }
}
