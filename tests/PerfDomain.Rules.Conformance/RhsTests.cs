using NRules;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;

namespace PerfDomain.Rules.Conformance;

public abstract class RhsTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    [Fact]
    public void Do_TwoActions_RunInDeclarationOrder()
    {
        var session = Session(typeof(TwoActionsRule));
        var a = new Item("a");
        session.Insert(a);

        session.Fire();

        Assert.Equal(["first:a", "second:a"], a.Journal.Entries);
    }

    [Fact]
    public void Undo_FiredMatchGoesAway_RunsOnNextFireAndCountsAsAFiring()
    {
        var session = Session(typeof(UndoRule));
        var a = new Item("a", 1);
        var b = new Item("b", 1, a.Journal);
        var c = new Item("c", 1, a.Journal);
        session.InsertAll([a, b, c]);
        session.Fire();

        a.Value = 0;
        session.Update(a);
        session.Retract(b);
        c.Value = 2;
        session.Update(c);

        Assert.Equal(3, session.Fire());
        Assert.Equal(["do:a", "do:b", "do:c", "undo:a", "undo:b", "do:c"], a.Journal.Entries);
    }

    [Fact]
    public void Undo_MatchThatNeverFiredGoesAway_DoesNotRun()
    {
        var session = Session(typeof(UndoRule));
        var a = new Item("a", 1);
        session.Insert(a);

        session.Retract(a);

        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
        Assert.Empty(a.Journal.Entries);
    }

    [Fact]
    public void Yield_InsertsALinkedFactVisibleInQueryAndToOtherRules()
    {
        var session = Session(typeof(YieldTotalRule), typeof(TotalRule));
        session.InsertAll([new Basket("x", 1, 2), new Basket("y", 5)]);

        Assert.Equal(4, session.Fire());
        Assert.Equal(["x=3", "y=5"], session.Query<Total>().Select(t => t.ToString()).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Yield_SingleExpression_RefireReplacesTheLinkedObject()
    {
        var session = Session(typeof(YieldTotalRule));
        var basket = new Basket("x", 1);
        session.Insert(basket);
        session.Fire();
        var first = Assert.Single(session.Query<Total>());

        basket.Add(2);
        session.Update(basket);
        session.Fire();

        var second = Assert.Single(session.Query<Total>());
        Assert.NotSame(first, second);
        Assert.Equal(3, second.Sum);
        Assert.Equal(1, first.Sum);
    }

    [Fact]
    public void Yield_UpdateExpression_RefireEditsTheSameLinkedObjectAndUpdatesIt()
    {
        var session = Session(typeof(YieldUpdateTotalRule), typeof(TotalRule));
        var basket = new Basket("x", 1);
        session.Insert(basket);
        Assert.Equal(2, session.Fire());
        var first = Assert.Single(session.Query<Total>());

        basket.Add(2);
        session.Update(basket);
        Assert.Equal(2, session.Fire());

        Assert.Same(first, Assert.Single(session.Query<Total>()));
        Assert.Equal(3, first.Sum);
        Assert.Equal(1, first.Revision);
    }

    [Fact]
    public void Yield_MatchRetracted_RetractsTheLinkedFactAtOnce()
    {
        var session = Session(typeof(YieldTotalRule), typeof(TotalRule));
        var basket = new Basket("x", 1);
        session.Insert(basket);
        session.Fire();

        session.Retract(basket);

        Assert.Empty(session.Query<Total>());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void LinkedFact_InsertUpdateOrRetractFromOutside_Fails()
    {
        var session = Session(typeof(YieldTotalRule));
        session.Insert(new Basket("x", 1));
        session.Fire();
        var total = Assert.Single(session.Query<Total>());

        Assert.Throws<ArgumentException>(() => session.Update(total));
        Assert.Throws<ArgumentException>(() => session.Retract(total));
        Assert.Throws<ArgumentException>(() => session.Insert(total));
        Assert.False(session.TryUpdate(total));
        Assert.False(session.TryRetract(total));
        Assert.Equal(1, session.TryRetractAll([total], BatchOptions.SkipFailed).FailedCount);
        Assert.Same(total, Assert.Single(session.Query<Total>()));
    }

    [Fact]
    public void AutoPropagateOff_YieldedFactIsQueryableButReachesNoRuleUntilPropagateLinked()
    {
        var session = Session(typeof(YieldTotalRule), typeof(TotalRule));
        session.AutoPropagateLinkedFacts = false;
        session.Insert(new Basket("x", 1));

        Assert.Equal(1, session.Fire());
        Assert.Single(session.Query<Total>());
        Assert.True(session.Agenda.IsEmpty);

        var sets = session.PropagateLinked().ToList();

        var set = Assert.Single(sets);
        Assert.Equal(LinkedFactAction.Insert, set.Action);
        Assert.Equal(1, set.FactCount);
        Assert.Equal("x=1", Assert.Single(set.Facts).Value!.ToString());
        Assert.Empty(session.PropagateLinked());
        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void AutoPropagateOff_UpdatedYield_IsQueuedAsAnUpdateSet()
    {
        var session = Session(typeof(YieldUpdateTotalRule), typeof(TotalRule));
        var basket = new Basket("x", 1);
        session.Insert(basket);
        session.Fire();
        session.AutoPropagateLinkedFacts = false;

        basket.Add(2);
        session.Update(basket);
        Assert.Equal(1, session.Fire());

        var set = Assert.Single(session.PropagateLinked());
        Assert.Equal(LinkedFactAction.Update, set.Action);
        Assert.Equal(1, set.FactCount);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void AutoPropagateOff_OutsideInsert_PropagatesTheQueue()
    {
        var session = Session(typeof(YieldTotalRule), typeof(TotalRule));
        session.AutoPropagateLinkedFacts = false;
        session.Insert(new Basket("x", 1));
        session.Fire();

        session.Insert(new Item("unrelated"));

        Assert.False(session.Agenda.IsEmpty);
        Assert.Empty(session.PropagateLinked());
        Assert.Equal(1, session.Fire());
    }
}
