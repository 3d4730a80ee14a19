using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class EventsTests
{
    [Fact]
    public void FactEvents_RaisedBeforeAndAfterEachOperation()
    {
        var harness = new RuleHarness(typeof(SinglePatternTests.PreferredCustomerRule));
        var log = new List<string>();
        var events = harness.Session.Events;
        events.FactInsertingEvent += (_, e) => log.Add($"inserting {e.Fact.Value}");
        events.FactInsertedEvent += (_, e) => log.Add($"inserted {e.Fact.Value}");
        events.FactUpdatingEvent += (_, e) => log.Add($"updating {e.Fact.Value}");
        events.FactUpdatedEvent += (_, e) => log.Add($"updated {e.Fact.Value}");
        events.FactRetractingEvent += (_, e) => log.Add($"retracting {e.Fact.Value}");
        events.FactRetractedEvent += (_, e) => log.Add($"retracted {e.Fact.Value}");
        var ann = new Customer("Ann");
        harness.Session.Insert(ann);
        harness.Session.Update(ann);
        harness.Session.Retract(ann);

        Assert.Equal(
            ["inserting Customer(Ann)", "inserted Customer(Ann)", "updating Customer(Ann)", "updated Customer(Ann)", "retracting Customer(Ann)", "retracted Customer(Ann)"],
            log.ToArray());
    }

    [Fact]
    public void AgendaEvents_CarryRuleAndMatchedFacts()
    {
        var harness = new RuleHarness(typeof(JoinTests.OpenOrderOfPreferredCustomerRule));
        var log = new List<string>();
        var events = harness.Session.Events;
        events.ActivationCreatedEvent += (_, e) => log.Add($"created {string.Join(",", e.Facts.Select(f => $"{f.Declaration.Name}={f.Value}"))}");
        events.ActivationUpdatedEvent += (_, e) => log.Add("updated");
        events.ActivationDeletedEvent += (_, e) => log.Add($"deleted {e.Facts.Count()}");
        events.RuleFiringEvent += (_, e) => log.Add($"firing {e.Rule.Name.Split('+')[^1]}");
        events.RuleFiredEvent += (_, e) => log.Add("fired");
        var ann = new Customer("Ann", isPreferred: true);
        var order = new Order(1, ann, 10);
        harness.Session.InsertAll([ann, order]);
        harness.Session.Fire();
        harness.Session.Update(order);
        harness.Session.Retract(order);

        Assert.Equal(
            ["created customer=Customer(Ann),order=Order(1)", "firing OpenOrderOfPreferredCustomerRule", "fired", "updated", "deleted 2"],
            log.ToArray());
    }

    [Fact]
    public void Context_ExposesRuleMetadataAndMatch()
    {
        var harness = new RuleHarness(typeof(MetadataRule));
        harness.Session.Insert(new Customer("Ann"));
        harness.Session.Fire();

        var note = Assert.Single(harness.Session.Query<Counter>());
        Assert.Equal("meta:reporting:1", note.Name);
    }

    [Fact]
    public void EventHandler_CallingSessionDuringPropagation_Throws()
    {
        var harness = new RuleHarness(typeof(FailureTests.ThrowingConditionRule));
        Exception? inner = null;
        harness.Session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            inner = Record.Exception(() => harness.Session.Insert(new Customer("nested")));
            e.IsHandled = true;
        };
        harness.Session.Insert(new Customer(null!));

        Assert.IsType<InvalidOperationException>(inner);
    }

    [Name("meta")]
    [Tag("reporting")]
    public class MetadataRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Insert(new Counter($"{ctx.Rule.Name}:{ctx.Rule.Tags.First()}:{ctx.Match.Facts.Count()}")));
        }
    }
}
