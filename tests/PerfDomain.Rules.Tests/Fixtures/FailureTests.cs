using NRules;
using NRules.Diagnostics;
using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class FailureTests
{
    [Fact]
    public void ActionThrows_Unhandled_ThrowsWithRuleNameFactsAndExpression()
    {
        var harness = new RuleHarness(typeof(ThrowingActionRule));
        var ann = new Customer("Ann");
        harness.Session.Insert(ann);

        var error = Assert.Throws<RuleRhsExpressionEvaluationException>(() => harness.Session.Fire());
        Assert.Equal(typeof(ThrowingActionRule).FullName, error.RuleName);
        Assert.Contains("Customer(Ann)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fail(customer)", error.Expression, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void ActionThrows_Handled_FiringGoesOn()
    {
        var harness = new RuleHarness(typeof(ThrowingActionRule));
        var failures = new List<RhsExpressionErrorEventArgs>();
        harness.Session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(e);
            e.IsHandled = true;
        };
        harness.Session.InsertAll([new Customer("Ann"), new Customer("Bob")]);

        Assert.Equal(2, harness.Session.Fire());
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal(typeof(ThrowingActionRule).FullName, f.Match.Rule.Name));
    }

    [Fact]
    public void ConditionThrows_Unhandled_ThrowsAfterOperationAndSessionStaysUsable()
    {
        var harness = new RuleHarness(typeof(ThrowingConditionRule));
        var bad = new Customer(null!);

        var error = Assert.Throws<RuleLhsExpressionEvaluationException>(() => harness.Session.Insert(bad));
        Assert.Contains(typeof(ThrowingConditionRule).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("Name.Length", error.Expression, StringComparison.Ordinal);
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
