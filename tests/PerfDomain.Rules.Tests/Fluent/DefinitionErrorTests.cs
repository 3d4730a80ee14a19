using PerfDomain.Rules.Fluent;
using PerfDomain.Rules.Fluent.Dsl;
using PerfDomain.Rules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fluent;

public class DefinitionErrorTests
{
    private static RuleDefinitionException Load<TRule>()
        where TRule : Rule
    {
        var repository = new RuleRepository();
        return Assert.Throws<RuleDefinitionException>(() =>
        {
            repository.Load(x => x.From(typeof(TRule)));
            repository.Compile();
        });
    }

    [Fact]
    public void SameAliasTwiceInOneAlternative_Throws()
    {
        var error = Load<DuplicateAliasRule>();

        Assert.Contains("'customer' twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoAggregationsInOneQuery_Throws()
    {
        var error = Load<DoubleAggregateRule>();

        Assert.Equal(typeof(DoubleAggregateRule), error.RuleType);
        Assert.Contains("only once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefineThrows_WrappedWithRuleType()
    {
        var error = Load<ThrowingDefineRule>();

        Assert.Equal(typeof(ThrowingDefineRule), error.RuleType);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void InsertAll_SameFactTwiceInOneCall_ThrowsAndInsertsNothing()
    {
        var harness = new RuleHarness(typeof(Fixtures.SinglePatternTests.PreferredCustomerRule));
        var ann = new Customer("Ann");

        var error = Assert.Throws<FactOperationException>(() => harness.Session.InsertAll([ann, ann]));
        Assert.Same(ann, Assert.Single(error.Facts));
        Assert.Empty(harness.Session.Query<Customer>());
    }

    [Fact]
    public void FiringLimit_NotPositive_Throws()
    {
        var harness = new RuleHarness(typeof(Fixtures.SinglePatternTests.PreferredCustomerRule));

        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Session.FiringLimit = 0);
    }

    public class DuplicateAliasRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer).Match(() => customer);
            Then().Do(_ => customer.ToString());
        }
    }

    public class DoubleAggregateRule : Rule
    {
        public override void Define()
        {
            IEnumerable<IEnumerable<Order>> nested = null!;
            When().Query(() => nested, q => q.Match<Order>().Collect().Collect());
            Then().Do(_ => nested.ToString());
        }
    }

    public class ThrowingDefineRule : Rule
    {
        public override void Define() => throw new InvalidOperationException("nope");
    }
}
