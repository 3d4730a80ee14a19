using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fluent;

/// <summary>A second front end: rules built as model data, without the DSL.</summary>
public class ElementTests
{
    [Fact]
    public void RuleBuiltFromElements_CompilesAndFires()
    {
        var customer = Element.Declaration("customer", typeof(Customer));
        var order = Element.Declaration("order", typeof(Order));
        Expression<Func<Customer, bool>> preferred = c => c.IsPreferred;
        Expression<Func<Order, Customer, bool>> ofCustomer = (o, c) => o.Customer == c;
        var fired = new List<string>();
        Expression<Action<IContext, Customer, Order>> record = (ctx, c, o) => fired.Add($"{c.Name}:{o.Id}");
        var rule = Element.Rule(
            "preferred orders",
            Element.And(
                Element.Pattern(customer, Element.Expression(preferred, 1)),
                Element.Pattern(order, Element.Expression(ofCustomer, 1, customer))),
            [Element.Action(ActionKind.Do, Element.Expression(record, 1, customer, order))]);

        var session = RuleCompiler.Compile([rule]).CreateSession();
        var ann = new Customer("Ann", isPreferred: true);
        session.InsertAll([ann, new Order(7, ann, 1), new Order(8, new Customer("Bob"), 1)]);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["Ann:7"], fired.ToArray());
    }

    [Fact]
    public void Expression_ParametersNotMatchingImports_Throws()
    {
        Expression<Func<Order, Customer, bool>> ofCustomer = (o, c) => o.Customer == c;

        Assert.Throws<ArgumentException>(() => Element.Expression(ofCustomer, 1));
        Assert.Throws<ArgumentException>(() => Element.Expression(ofCustomer, 1, Element.Declaration("x", typeof(string))));
    }
}
