using PerfDomain.Rules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class FailureTests
{
    [Fact]
    public void ActionThrows_Unhandled_ThrowsWithRuleNameAndFacts()
    {
        var harness = new RuleHarness(typeof(ThrowingActionRule));
        var ann = new Customer("Ann");
        harness.Session.Insert(ann);

        var error = Assert.Throws<RuleActionEvaluationException>(() => harness.Session.Fire());
        Assert.Equal(typeof(ThrowingActionRule).FullName, error.RuleName);
        Assert.Same(ann, Assert.Single(error.Facts));
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void ActionThrows_Handled_FiringGoesOn()
    {
        var harness = new RuleHarness(typeof(ThrowingActionRule));
        var failures = new List<ActionErrorEventArgs>();
        harness.Session.Events.ActionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        harness.Session.InsertAll([new Customer("Ann"), new Customer("Bob")]);

        Assert.Equal(2, harness.Session.Fire());
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal(typeof(ThrowingActionRule).FullName, f.Rule.Name));
    }

    [Fact]
    public void ConditionThrows_Unhandled_ThrowsAfterOperationAndSessionStaysUsable()
    {
        var harness = new RuleHarness(typeof(ThrowingConditionRule));
        var bad = new Customer(null!);

        var error = Assert.Throws<RuleLhsExpressionEvaluationException>(() => harness.Session.Insert(bad));
        Assert.Equal(typeof(ThrowingConditionRule).FullName, error.RuleName);
        Assert.Contains(bad, harness.Session.Query<Customer>());
        harness.Session.Insert(new Customer("Ann"));
        Assert.Equal(1, harness.Session.Fire());
        harness.Session.Retract(bad);
    }

    [Fact]
    public void ConditionThrows_Handled_CountsAsNotSatisfied()
    {
        var harness = new RuleHarness(typeof(ThrowingConditionRule));
        var failures = 0;
        harness.Session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures++;
            e.IsHandled = true;
        };
        harness.Session.InsertAll([new Customer(null!), new Customer("Ann")]);

        Assert.Equal(1, failures);
        Assert.Equal(1, harness.Session.Fire());
    }

    [Fact]
    public void FactoryEvents_SeeEverySessionsEvents()
    {
        var harness = new RuleHarness(typeof(ThrowingConditionRule));
        var inserted = 0;
        harness.Factory.Events.FactInsertedEvent += (_, _) => inserted++;
        var session = harness.Factory.CreateSession();
        session.Insert(new Customer("Ann"));

        Assert.Equal(1, inserted);
    }

    public class ThrowingActionRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(_ => Fail(customer));
        }

        private static void Fail(Customer customer) => throw new InvalidOperationException($"boom {customer.Name}");
    }

    public class ThrowingConditionRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name.Length > 0);
            Then().Do(_ => customer.ToString());
        }
    }
}
