using NRules.RuleModel;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;

namespace PerfDomain.Rules.Conformance;

public abstract class AgendaTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    [Fact]
    public void Peek_ReturnsTheNextMatchWithRuleAndFactsWithoutRemovingIt()
    {
        var session = Session(typeof(DefaultPriorityRule), typeof(HighPriorityRule));
        var a = new Item("a");
        session.Insert(a);

        var match = session.Agenda.Peek();

        Assert.Equal("HighPriorityRule", match.Rule.Name);
        var fact = Assert.Single(match.Facts);
        Assert.Equal("item", fact.Declaration.Name);
        Assert.Same(a, fact.Value);
        Assert.Equal(typeof(Item), fact.Type);
        Assert.Equal(MatchTrigger.Created, match.Trigger);
        Assert.Equal("HighPriorityRule", session.Agenda.Peek().Rule.Name);
        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Peek_JoinMatch_ListsEveryDeclaredFact()
    {
        var session = Session(typeof(CustomerOrderJoinRule));
        var customer = new Customer("c1");
        var order = new Order("o1", "c1");
        session.InsertAll([customer, order]);

        var facts = session.Agenda.Peek().Facts.ToDictionary(f => f.Declaration.Name, f => f.Value);

        Assert.Equal(2, facts.Count);
        Assert.Same(customer, facts["customer"]);
        Assert.Same(order, facts["order"]);
    }

    [Fact]
    public void Peek_FiredMatchUpdated_ReportsTriggerUpdated()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();

        session.Update(a);

        Assert.Equal(MatchTrigger.Updated, session.Agenda.Peek().Trigger);
    }

    [Fact]
    public void Peek_HeadMatchRetracted_ReturnsTheStaleMatchUntilIsEmptyIsReadAndAnEmptyAgendaThrows()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.InsertAll([a, new Item("b")]);

        session.Retract(a);

        if (Runtime is NRulesRuntime)
        {
            // NRules 1.0.4 purges dead matches from the queue only in IsEmpty (and Fire), not in Peek.
            Assert.Same(a, session.Agenda.Peek().Facts.Single().Value);
        }

        // Documented difference: PerfDomain's agenda never holds a dead match, so Peek sees b at once.
        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal("b", session.Agenda.Peek().Facts.Single().Value!.ToString());
        session.Fire();
        Assert.Throws<InvalidOperationException>(() => session.Agenda.Peek());
    }

    [Fact]
    public void Clear_DropsPendingMatchesAndAnUpdatePutsOneBackAsCreated()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.InsertAll([a, new Item("b")]);

        session.Agenda.Clear();
        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
        Assert.Equal(2, session.Query<Item>().Count());
        session.Update(a);

        Assert.Equal(MatchTrigger.Created, session.Agenda.Peek().Trigger);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void FilterWhere_RejectedMatch_NeverReachesTheAgenda()
    {
        var session = Session(typeof(FilterWhereRule));
        var zero = new Item("zero", 0);
        var one = new Item("one", 1);
        session.InsertAll([zero, one]);

        Assert.Equal(1, session.Fire());
        Assert.Empty(zero.Journal.Entries);
        Assert.Equal(["FilterWhere:one=1"], one.Journal.Entries);
    }

    [Fact]
    public void FilterWhere_UpdateRejected_RemovesThePendingActivationAndAcceptedRestoresIt()
    {
        var session = Session(typeof(FilterWhereRule));
        var a = new Item("a", 1);
        session.Insert(a);

        a.Value = 0;
        session.Update(a);
        Assert.True(session.Agenda.IsEmpty);
        a.Value = 2;
        session.Update(a);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["FilterWhere:a=2"], a.Journal.Entries);
    }

    [Fact]
    public void FilterOnChange_UpdateWithTheSameKey_DoesNotFireAgain()
    {
        var session = Session(typeof(FilterOnChangeRule));
        var a = new Item("a", 1);
        session.Insert(a);
        Assert.Equal(1, session.Fire());

        a.Group = "other";
        session.Update(a);

        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void FilterOnChange_UpdateWithAChangedKey_FiresAgain()
    {
        var session = Session(typeof(FilterOnChangeRule));
        var a = new Item("a", 1);
        session.Insert(a);
        session.Fire();

        a.Value = 2;
        session.Update(a);
        session.Fire();
        a.Value = 1;
        session.Update(a);
        session.Fire();

        Assert.Equal(["OnChange:a=1", "OnChange:a=2", "OnChange:a=1"], a.Journal.Entries);
    }

    [Fact]
    public void FilterOnChange_KeyChangedAndChangedBackBeforeFiring_DoesNotFire()
    {
        var session = Session(typeof(FilterOnChangeRule));
        var a = new Item("a", 1);
        session.Insert(a);
        session.Fire();

        a.Value = 2;
        session.Update(a);
        a.Value = 1;
        session.Update(a);

        Assert.Equal(0, session.Fire());
    }
}
