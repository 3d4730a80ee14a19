using PerfDomain.Rules.Fluent;
using PerfDomain.Rules.Fluent.Dsl;
using PerfDomain.Rules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fluent;

public class RuleRepositoryTests
{
    [Fact]
    public void Load_ReadsAttributesIntoTheModel()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AttributedRule)));

        var rule = Assert.Single(Assert.Single(repository.GetRuleSets()).Rules);
        Assert.Equal("Attributed", rule.Name);
        Assert.Equal("A rule with every attribute", rule.Description);
        Assert.Equal(7, rule.Priority);
        Assert.Equal(RuleRepeatability.NonRepeatable, rule.Repeatability);
        Assert.Equal(["hr", "reviews"], rule.Tags.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Load_RuleWithoutName_IsNamedAfterItsClass()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(UntaggedRule)));

        Assert.Equal(typeof(UntaggedRule).FullName, repository.GetRuleSets()[0].Rules[0].Name);
    }

    [Fact]
    public void Load_WhereAndTo_FiltersByTagIntoNamedSet()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AttributedRule), typeof(UntaggedRule), typeof(string)).Where(r => r.IsTagged("hr")).To("hr"));

        var set = Assert.Single(repository.GetRuleSets());
        Assert.Equal("hr", set.Name);
        Assert.Equal("Attributed", Assert.Single(set.Rules).Name);
    }

    [Fact]
    public void Load_FromAssembly_FindsPublicConcreteRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AttributedRule).Assembly).Where(r => r.RuleType.DeclaringType == typeof(RuleRepositoryTests)));

        Assert.Equal(["Attributed", typeof(UntaggedRule).FullName!], repository.GetRuleSets()[0].Rules.Select(r => r.Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Compile_DuplicateNames_Throws()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(AttributedRule)).To("a"));
        repository.Load(x => x.From(typeof(AttributedRule)).To("b"));

        var error = Assert.Throws<RuleDefinitionException>(() => repository.Compile());
        Assert.Contains("Attributed", error.Message, StringComparison.Ordinal);
        Assert.Single(repository.Compile("a").Rules);
    }

    [Fact]
    public void Load_AliasThatIsNotACapturedVariable_ThrowsDefinitionError()
    {
        var repository = new RuleRepository();

        var error = Assert.Throws<RuleDefinitionException>(() => repository.Load(x => x.From(typeof(BadRules.BadAliasRule))));
        Assert.Equal(typeof(BadRules.BadAliasRule), error.RuleType);
    }

    [Fact]
    public void Model_IsInspectable()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(Fixtures.QueryTests.BigSpenderRule)));
        var rule = repository.GetRuleSets()[0].Rules[0];

        Assert.Collection(
            rule.LeftHandSide.ChildElements,
            e => Assert.Equal("customer", Assert.IsType<PatternElement>(e).Declaration.Name),
            e => Assert.Equal(QueryStepKind.Collect, Assert.IsType<QueryElement>(e).Steps[^1].Kind),
            e => Assert.Equal("total", Assert.IsType<BindingElement>(e).Declaration.Name),
            e => Assert.Equal("orders", Assert.Single(Assert.IsType<BindingElement>(rule.LeftHandSide.ChildElements[2]).Expression.Imports).Name));
        Assert.Equal(ActionKind.Do, Assert.Single(rule.RightHandSide).Kind);
    }

    [Fact]
    public void Compile_ThousandRules_AllWork()
    {
        var definitions = Enumerable.Range(0, 1000).Select(i => new ThresholdRule(i).Definition(i)).ToArray();
        var factory = new Sessions.SessionFactory(definitions);

        Assert.Equal(1000, factory.Rules.Count);
        var session = factory.CreateSession();
        var customers = Enumerable.Range(0, 10).Select(i => new Customer($"c{i}") { Level = i * 100 }).ToArray();
        session.InsertAll(customers);
        session.InsertAll(customers.Select((c, i) => new Order(i, c, 1)));
        Assert.Equal(Enumerable.Range(0, 10).Sum(i => i * 100), session.Fire());
    }

    [Name("Attributed")]
    [Description("A rule with every attribute")]
    [Priority(7)]
    [Repeatability(RuleRepeatability.NonRepeatable)]
    [Tag("hr")]
    [Tag("reviews")]
    public class AttributedRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => customer.ToString());
        }
    }

    public class UntaggedRule : Rule
    {
        public override void Define()
        {
            When().Match<Customer>();
            Then().Do(_ => string.Empty.ToString());
        }
    }

    private sealed class ThresholdRule(int threshold) : Rule
    {
        public IRuleDefinition Definition(int index) => BuildDefinition($"threshold-{index}");

        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.Level > threshold)
                .Match(() => order, o => o.Customer == customer);
            Then().Do(_ => customer.ToString());
        }
    }
}

public static class BadRules
{
    public class BadAliasRule : Rule
    {
        public override void Define()
        {
            When().Match(() => new Customer("x"));
            Then().Do(_ => string.Empty.ToString());
        }
    }
}
