using System.Linq.Expressions;
using NRules;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;
using Builder = NRules.RuleModel.Builders.Element;

namespace PerfDomain.Rules.Tests.Compilation;

/// <summary>
/// What PerfDomain's compiler refuses, and how: NRules' RuleCompilationException naming the rule and the construct, at
/// compile time, never when firing. Each refused rule is one NRules' own compiler accepts, so the refusal is ours.
/// </summary>
public class DefinitionErrorTests
{
    private static RuleCompilationException Refused(params IRuleDefinition[] definitions)
    {
        _ = new NRules.RuleCompiler().Compile(definitions);
        return Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile(definitions));
    }

    private static RuleCompilationException Refused(params Type[] ruleTypes) => Refused(RuleHarness.Definitions(ruleTypes).ToArray());

    [Fact]
    public void SecondCollectInOneQuery_Refused()
    {
        var error = Refused(typeof(DoubleCollectRule));

        Assert.Equal(typeof(DoubleCollectRule).FullName, error.RuleName);
        Assert.Contains("a second Collect after a collection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupByAfterCollect_Refused()
    {
        var error = Refused(typeof(GroupAfterCollectRule));

        Assert.Contains("a second GroupBy after a collection", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAsTheSourceOfAQuery_Refused()
    {
        var error = Refused(typeof(FromInQueryRule));

        Assert.Equal(typeof(FromInQueryRule).FullName, error.RuleName);
        Assert.Contains("a query whose source is a Binding element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomAggregator_Refused()
    {
        var order = Builder.Declaration(typeof(Order), "order");
        var source = Builder.Pattern(order, []);
        var aggregate = Builder.Aggregate(typeof(IEnumerable<Order>), "Batch", Array.Empty<KeyValuePair<string, LambdaExpression>>(), source, typeof(BatchAggregatorFactory));
        var batch = Builder.Pattern(typeof(IEnumerable<Order>), "batch", Array.Empty<KeyValuePair<string, LambdaExpression>>(), aggregate);
        var rule = Builder.RuleDefinition("batches", "", 0, Builder.AndGroup(batch), Builder.ActionGroup(Builder.Action(Noop())));

        var error = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile([rule]));

        Assert.Equal("batches", error.RuleName);
        Assert.Contains("the custom aggregator 'Batch' (BatchAggregatorFactory)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExistsOverAGroup_Refused()
    {
        var customer = Builder.Declaration(typeof(Customer), "customer");
        var order = Builder.Declaration(typeof(Order), "order");
        Expression<Func<Order, Customer, bool>> ofCustomer = (order, customer) => order.Customer == customer;
        var rule = Builder.RuleDefinition(
            "customers with an order",
            "",
            0,
            Builder.AndGroup(
                Builder.Pattern(customer, []),
                Builder.Exists(Builder.AndGroup(Builder.Pattern(order, [Condition(ofCustomer)])))),
            Builder.ActionGroup(Builder.Action(Noop())));

        var error = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile([rule]));

        Assert.Contains("Exists over a And element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRulesWithOneName_Refused()
    {
        var definition = Assert.Single(RuleHarness.Definitions(typeof(DoubleCollectRule.Valid)));

        var error = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile([definition, definition]));

        Assert.Equal(definition.Name, error.RuleName);
        Assert.Contains("used by 2 rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrGroupsExpandingPastTheLimit_RefusedNamingTheRule()
    {
        var customer = Builder.Declaration(typeof(Customer), "customer");
        Expression<Func<Customer, bool>> preferred = customer => customer.IsPreferred;
        Expression<Func<Customer, bool>> leveled = customer => customer.Level > 0;

        // Nine Or groups of two alternatives each: 512 alternatives, past the limit of 256.
        var groups = Enumerable.Range(0, 9).Select(i =>
        {
            var alias = Builder.Declaration(typeof(Customer), $"c{i}");
            return (RuleElement)Builder.OrGroup(
                Builder.Pattern(alias, [Condition(Rename(preferred, alias.Name))]),
                Builder.Pattern(alias, [Condition(Rename(leveled, alias.Name))]));
        });
        var rule = Builder.RuleDefinition("explosive", "", 0, Builder.AndGroup([Builder.Pattern(customer, []), .. groups]), Builder.ActionGroup(Builder.Action(Noop())));

        var error = Assert.Throws<RuleCompilationException>(() => new RuleCompiler().Compile([rule]));

        Assert.Contains("more than 256 alternatives", error.Message, StringComparison.Ordinal);
        Assert.Equal("explosive", error.RuleName);
    }

    private static LambdaExpression Rename(LambdaExpression lambda, string name)
    {
        var parameter = Expression.Parameter(lambda.Parameters[0].Type, name);
        return Expression.Lambda(new ParameterSwap(lambda.Parameters[0], parameter).Visit(lambda.Body), parameter);
    }

    // A pattern condition as NRules' model names it.
    private static KeyValuePair<string, LambdaExpression> Condition(LambdaExpression condition) => new(PatternElement.ConditionName, condition);

    private static Expression<Action<IContext>> Noop() => ctx => ctx.GetHashCode();

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    public class DoubleCollectRule : Rule
    {
        public override void Define()
        {
            IEnumerable<IEnumerable<Order>> nested = null!;
            When().Query(() => nested, q => q.Match<Order>().Collect().Collect());
            Then().Do(_ => nested.ToString());
        }

        public class Valid : Rule
        {
            public override void Define()
            {
                IEnumerable<Order> orders = null!;
                When().Query(() => orders, q => q.Match<Order>().Collect());
                Then().Do(_ => orders.ToString());
            }
        }
    }

    public class GroupAfterCollectRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, IEnumerable<Order>> groups = null!;
            When().Query(() => groups, q => q.Match<Order>().Collect().GroupBy(c => c.Count()));
            Then().Do(_ => groups.ToString());
        }
    }

    public class FromInQueryRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            int doubled = 0;
            When()
                .Match(() => customer)
                .Query(() => doubled, q => q.From(() => customer.Level).Select(level => level * 2));
            Then().Do(_ => doubled.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
