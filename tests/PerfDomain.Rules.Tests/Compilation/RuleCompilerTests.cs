using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Compilation;

public class RuleCompilerTests
{
    [Fact]
    public void Compile_ThousandRules_AllWork()
    {
        var definitions = new RuleDefinitionFactory().Create(Enumerable.Range(0, 1000).Select(i => new ThresholdRule(i))).ToArray();
        var factory = new RuleCompiler().Compile(definitions);

        Assert.Equal(definitions, factory.Rules);
        var session = factory.CreateSession();
        var customers = Enumerable.Range(0, 10).Select(i => new Customer($"c{i}") { Level = i * 100 }).ToArray();
        session.InsertAll(customers);
        session.InsertAll(customers.Select((c, i) => new Order(i, c, 1)));
        Assert.Equal(Enumerable.Range(0, 10).Sum(i => i * 100), session.Fire());
    }

    [Fact]
    public void Compile_CancelledToken_Throws()
    {
        var definitions = new RuleDefinitionFactory().Create([new ThresholdRule(1)]);

        Assert.Throws<OperationCanceledException>(() => new RuleCompiler().Compile(definitions, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Compile_RuleSets_CompilesTheirRulesInOrder()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type(typeof(Fixtures.AgendaTests.LowRule)).NestedTypes()).To("low"));
        repository.Load(x => x.From(s => s.Type(typeof(Fixtures.AgendaTests.OtherLowRule)).NestedTypes()).To("other"));

        var factory = new RuleCompiler().Compile(repository.GetRuleSets());

        Assert.Equal([typeof(Fixtures.AgendaTests.LowRule).FullName!, typeof(Fixtures.AgendaTests.OtherLowRule).FullName!], factory.Rules.Select(r => r.Name).ToArray());
    }

    [Fact]
    public void Compile_OptionsOfTheCompiler_ApplyToItsSessions()
    {
        var options = new SessionOptions { FiringLimit = 7, OrFiresOncePerFactSet = true };
        var factory = new RuleCompiler(options).Compile(RuleHarness.Definitions(typeof(Fixtures.AgendaTests.LowRule)));

        Assert.Same(options, factory.Options);
        Assert.Equal(7, ((IRuleSession)factory.CreateSession()).FiringLimit);
        Assert.Equal(9, factory.CreateSession(new SessionOptions { FiringLimit = 9 }).FiringLimit);
    }

    private sealed class ThresholdRule(int threshold) : Rule
    {
        public override void Define()
        {
            Name($"threshold-{threshold}");
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.Level > threshold)
                .Match(() => order, o => o.Customer == customer);
            Then().Do(_ => customer.ToString());
        }
    }
}
