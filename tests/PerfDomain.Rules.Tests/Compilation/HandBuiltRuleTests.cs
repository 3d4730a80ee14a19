using System.Linq.Expressions;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;
using Builder = NRules.RuleModel.Builders.Element;

namespace PerfDomain.Rules.Tests.Compilation;

/// <summary>Rules built as NRules model data, without the Fluent DSL: the compiler binds parameters by name, in any order.</summary>
public class HandBuiltRuleTests
{
    [Fact]
    public void ConditionWithParametersInAnyOrder_BindsByName()
    {
        var customer = Builder.Declaration(typeof(Customer), "customer");
        var order = Builder.Declaration(typeof(Order), "order");
        Expression<Func<Customer, bool>> preferred = customer => customer.IsPreferred;

        // The joined alias first and the pattern's own fact second: the reverse of what NRules.Fluent builds.
        Expression<Func<Customer, Order, bool>> ofCustomer = (customer, order) => order.Customer == customer;
        var fired = new List<string>();
        Expression<Action<IContext, Order, Customer>> record = (ctx, order, customer) => fired.Add($"{customer.Name}:{order.Id}");
        var rule = Builder.RuleDefinition(
            "preferred orders",
            "",
            0,
            Builder.AndGroup(
                Builder.Pattern(customer, [Condition(preferred)]),
                Builder.Pattern(order, [Condition(ofCustomer)])),
            Builder.ActionGroup(Builder.Action(record)));

        var session = new RuleCompiler().Compile([rule]).CreateSession();
        var ann = new Customer("Ann", isPreferred: true);
        session.InsertAll([ann, new Order(7, ann, 1), new Order(8, new Customer("Bob", isPreferred: true), 1)]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["Ann:7"], fired.ToArray());
    }

    // A pattern condition as NRules' model names it.
    private static KeyValuePair<string, LambdaExpression> Condition(LambdaExpression condition) => new(PatternElement.ConditionName, condition);
}
