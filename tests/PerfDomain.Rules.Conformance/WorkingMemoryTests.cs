using NRules;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;

namespace PerfDomain.Rules.Conformance;

public abstract class WorkingMemoryTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    private static string Names(ISession session) => string.Join(",", session.Query<Item>().Select(i => i.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Insert_SameObjectTwice_ThrowsAndTryInsertReturnsFalse()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");

        Assert.True(session.TryInsert(a));
        Assert.Throws<ArgumentException>(() => session.Insert(a));
        Assert.False(session.TryInsert(a));

        Assert.Same(a, Assert.Single(session.Query<Item>()));
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void InsertAll_BatchWithAnExistingFact_ThrowsAndInsertsNothing()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();

        Assert.Throws<ArgumentException>(() => session.InsertAll([new Item("b"), a, new Item("c")]));
        Assert.Equal("a", Names(session));
        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void InsertAll_SameObjectTwiceInOneBatch_ThrowsButLeavesTheFactStoredAndUnmatched()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");

        Assert.Throws<ArgumentException>(() => session.InsertAll([a, a]));

        if (Runtime is NRulesRuntime)
        {
            // Surprising in NRules 1.0.4: the duplicate is caught only while storing, after the first copy was stored and before any propagation.
            Assert.Same(a, Assert.Single(session.Query<Item>()));
            Assert.True(session.Agenda.IsEmpty);
            Assert.False(session.TryInsert(a));
        }
        else
        {
            // Documented difference: PerfDomain checks the whole batch first, so a failed InsertAll changes nothing.
            Assert.Empty(session.Query<Item>());
            Assert.True(session.TryInsert(a));
            Assert.False(session.Agenda.IsEmpty);
        }
    }

    [Fact]
    public void TryInsertAll_DefaultAndAllOrNothing_InsertNothingWhenOneFails()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        var first = session.TryInsertAll([a]);
        session.Fire();

        var byDefault = session.TryInsertAll([new Item("b"), a]);
        var explicitly = session.TryInsertAll([new Item("c"), a], BatchOptions.AllOrNothing);

        Assert.Equal(0, first.FailedCount);
        Assert.Empty(first.Failed);
        Assert.Equal(1, byDefault.FailedCount);
        Assert.Same(a, Assert.Single(byDefault.Failed));
        Assert.Equal(1, explicitly.FailedCount);
        Assert.Equal("a", Names(session));
        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void TryInsertAll_SkipFailed_InsertsTheOthers()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();

        var result = session.TryInsertAll([new Item("b"), a, new Item("c")], BatchOptions.SkipFailed);

        Assert.Equal(1, result.FailedCount);
        Assert.Same(a, Assert.Single(result.Failed));
        Assert.Equal("a,b,c", Names(session));
        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Insert_EqualInstance_IsANewFactForAPlainClassButTheSameFactForARecord()
    {
        var session = Session(typeof(ItemRule));

        session.Insert(new PlainPoint(1, 2));
        Assert.True(session.TryInsert(new PlainPoint(1, 2)));
        session.Insert(new Point(1, 2));
        Assert.False(session.TryInsert(new Point(1, 2)));
        Assert.Throws<ArgumentException>(() => session.Insert(new Point(1, 2)));
        Assert.True(session.TryInsert(new Point(2, 1)));

        Assert.Equal(2, session.Query<PlainPoint>().Count());
        Assert.Equal(2, session.Query<Point>().Count());
    }

    [Fact]
    public void UpdateAndRetract_EqualRecordInstance_ActOnTheStoredFact()
    {
        var session = Session(typeof(ItemRule));
        var first = new Point(1, 2);
        var second = new Point(1, 2);
        session.Insert(first);

        session.Update(second);
        Assert.Same(second, Assert.Single(session.Query<Point>()));

        session.Retract(new Point(1, 2));
        Assert.Empty(session.Query<Point>());
    }

    [Fact]
    public void Update_MutatedFact_ReevaluatesConditions()
    {
        var session = Session(typeof(BigItemRule));
        var a = new Item("a", 1);
        session.Insert(a);
        Assert.True(session.Agenda.IsEmpty);

        a.Value = 10;
        session.Update(a);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["BigItemRule:a"], a.Journal.Entries);
    }

    [Fact]
    public void UpdateOrRetract_UnknownFact_ThrowsAndTryReturnsFalse()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);
        var stranger = new Item("a");

        Assert.Throws<ArgumentException>(() => session.Update(stranger));
        Assert.Throws<ArgumentException>(() => session.Retract(stranger));
        Assert.False(session.TryUpdate(stranger));
        Assert.False(session.TryRetract(stranger));
        Assert.True(session.TryUpdate(a));
        Assert.Same(a, Assert.Single(session.Query<Item>()));
    }

    [Fact]
    public void UpdateAll_WithAnUnknownFact_ThrowsAndTryUpdateAllUpdatesNothing()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        var stranger = new Item("b");
        session.Insert(a);
        session.Fire();

        Assert.Throws<ArgumentException>(() => session.UpdateAll([a, stranger]));
        var byDefault = session.TryUpdateAll([a, stranger]);
        var explicitly = session.TryUpdateAll([a, stranger], BatchOptions.AllOrNothing);

        Assert.Same(stranger, Assert.Single(byDefault.Failed));
        Assert.Equal(1, explicitly.FailedCount);
        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void TryUpdateAll_SkipFailed_UpdatesTheKnownFacts()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();

        var result = session.TryUpdateAll([a, new Item("b")], BatchOptions.SkipFailed);

        Assert.Equal(1, result.FailedCount);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["ItemRule:a", "ItemRule:a"], a.Journal.Entries);
        Assert.Equal("a", Names(session));
    }

    [Fact]
    public void RetractAll_WithAnUnknownFact_RetractsOnlyWithSkipFailed()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        var b = new Item("b");
        var stranger = new Item("c");
        session.InsertAll([a, b]);

        Assert.Throws<ArgumentException>(() => session.RetractAll([a, stranger]));
        var strict = session.TryRetractAll([a, stranger]);
        Assert.Equal(1, strict.FailedCount);
        Assert.Equal("a,b", Names(session));

        var lenient = session.TryRetractAll([a, stranger], BatchOptions.SkipFailed);
        Assert.Same(stranger, Assert.Single(lenient.Failed));
        Assert.Equal("b", Names(session));
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Retract_ThenInsertAgain_IsANewMatch()
    {
        var session = Session(typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();

        session.Retract(a);
        Assert.Empty(session.Query<Item>());
        session.Insert(a);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["ItemRule:a", "ItemRule:a"], a.Journal.Entries);
    }

    [Fact]
    public void Query_ByType_ReturnsOnlyThatTypeAndObjectReturnsAll()
    {
        var session = Session(typeof(ItemRule));
        session.InsertAll([new Item("a"), new Flag("f"), new Item("b")]);

        Assert.Equal("a,b", Names(session));
        Assert.Single(session.Query<Flag>());
        Assert.Equal(3, session.Query<object>().Count());
        Assert.Empty(session.Query<Customer>());
    }
}
