using NRules;
using NRules.Diagnostics;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;
using PerfDomain.Rules.Conformance.Support;

namespace PerfDomain.Rules.Conformance;

public abstract class EventTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    [Fact]
    public void Events_InsertFireUpdateFireRetract_RaisedInThisOrder()
    {
        var session = Session(typeof(ItemRule));
        var log = new EventLog(session.Events);
        var a = new Item("a");

        session.Insert(a);
        session.Fire();
        session.Update(a);
        session.Fire();
        session.Retract(a);

        Assert.Equal(
            [
                "FactInserting:a", "ActivationCreated:ItemRule:a", "FactInserted:a",
                "RuleFiring:ItemRule:a", "RuleFired:ItemRule:a",
                "FactUpdating:a", "ActivationUpdated:ItemRule:a", "FactUpdated:a",
                "RuleFiring:ItemRule:a", "RuleFired:ItemRule:a",
                "FactRetracting:a", "ActivationDeleted:ItemRule:a", "FactRetracted:a",
            ],
            log.Entries);
    }

    [Fact]
    public void ActivationEvents_MatchThatNeverFired_ReportCreatedThenNone()
    {
        var session = Session(typeof(ItemRule));
        var log = new EventLog(session.Events) { WithTrigger = true };
        var a = new Item("a");

        session.Insert(a);
        session.Update(a);
        session.Retract(a);

        Assert.Equal(
            [
                "FactInserting:a", "ActivationCreated:ItemRule:a:Created", "FactInserted:a",
                "FactUpdating:a", "ActivationUpdated:ItemRule:a:Created", "FactUpdated:a",
                "FactRetracting:a", "ActivationDeleted:ItemRule:a:None", "FactRetracted:a",
            ],
            log.Entries);
    }

    [Fact]
    public void ActivationEvents_FiredMatch_ReportUpdatedThenRemovedAndUndoFiresAsRemoved()
    {
        var session = Session(typeof(UndoRule));
        var a = new Item("a", 1);
        session.Insert(a);
        session.Fire();
        var log = new EventLog(session.Events) { WithTrigger = true };

        session.Update(a);
        session.Fire();
        session.Retract(a);
        session.Fire();

        Assert.Equal(
            [
                "FactUpdating:a", "ActivationUpdated:UndoRule:a:Updated", "FactUpdated:a",
                "RuleFiring:UndoRule:a:Updated", "RuleFired:UndoRule:a:Updated",
                "FactRetracting:a", "ActivationDeleted:UndoRule:a:Removed", "FactRetracted:a",
                "RuleFiring:UndoRule:a:Removed", "RuleFired:UndoRule:a:Removed",
            ],
            log.Entries);
    }

    [Fact]
    public void ActivationUpdated_NonRepeatableFiredMatch_IsStillRaisedButNothingFires()
    {
        var session = Session(typeof(NonRepeatableItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();
        var log = new EventLog(session.Events) { WithTrigger = true };

        session.Update(a);
        session.Fire();

        // NRules 1.0.4 raises ActivationUpdated for the ignored update, with the trigger left at Created.
        Assert.Equal(["FactUpdating:a", "ActivationUpdated:NonRepeatableItemRule:a:Created", "FactUpdated:a"], log.Entries);
    }

    [Fact]
    public void Events_YieldedFact_IsInsertedUpdatedAndRetractedLikeAnyFact()
    {
        var session = Session(typeof(YieldUpdateTotalRule));
        var basket = new Basket("x", 1);
        var log = new EventLog(session.Events);

        session.Insert(basket);
        session.Fire();
        basket.Add(1);
        session.Update(basket);
        session.Fire();
        session.Retract(basket);

        Assert.Equal(
            [
                "FactInserting:x", "ActivationCreated:YieldUpdateTotalRule:x", "FactInserted:x",
                "RuleFiring:YieldUpdateTotalRule:x", "RuleFired:YieldUpdateTotalRule:x",
                "FactInserting:x=1", "FactInserted:x=1",
                "FactUpdating:x", "ActivationUpdated:YieldUpdateTotalRule:x", "FactUpdated:x",
                "RuleFiring:YieldUpdateTotalRule:x", "RuleFired:YieldUpdateTotalRule:x",
                "FactUpdating:x=2", "FactUpdated:x=2",
                "FactRetracting:x", "ActivationDeleted:YieldUpdateTotalRule:x", "FactRetracted:x",
                "FactRetracting:x=2", "FactRetracted:x=2",
            ],
            log.Entries);
    }

    [Fact]
    public void LhsExpressionFailed_Handled_SwallowsTheErrorAndTheConditionIsFalse()
    {
        var session = Session(typeof(FuseRule));
        var errors = new List<LhsExpressionErrorEventArgs>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            errors.Add(e);
            e.IsHandled = true;
        };
        var fuse = new Fuse("f", blown: true);

        session.Insert(fuse);

        var error = Assert.Single(errors);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal("FuseRule", Assert.Single(error.Rules).Name);
        Assert.Same(fuse, Assert.Single(error.Facts).Value);
        Assert.True(session.Agenda.IsEmpty);
        Assert.Single(session.Query<Fuse>());

        fuse.Blown = false;
        session.Update(fuse);
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void LhsExpressionFailed_Unhandled_InsertThrowsButTheFactStaysInMemory()
    {
        var session = Session(typeof(FuseRule));
        var fuse = new Fuse("f", blown: true);

        var exception = Assert.Throws<RuleLhsExpressionEvaluationException>(() => session.Insert(fuse));

        Assert.IsType<InvalidOperationException>(exception.InnerException);
        // NRules 1.0.4 has already stored the fact when the condition throws.
        Assert.Same(fuse, Assert.Single(session.Query<Fuse>()));
    }

    [Fact]
    public void RhsExpressionFailed_Handled_FireContinuesAndTheFailedFiringCounts()
    {
        var session = Session(typeof(ThrowingActionRule), typeof(ItemRule));
        var errors = new List<RhsExpressionErrorEventArgs>();
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            errors.Add(e);
            e.IsHandled = true;
        };
        var log = new EventLog(session.Events);
        var a = new Item("a");
        session.Insert(a);

        Assert.Equal(2, session.Fire());

        var error = Assert.Single(errors);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal("ThrowingActionRule", error.Match.Rule.Name);
        Assert.Equal(["ItemRule:a"], a.Journal.Entries);
        Assert.Contains("RuleFired:ThrowingActionRule:a", log.Entries);
    }

    [Fact]
    public void RhsExpressionFailed_Unhandled_FireThrowsAndTheFailedMatchIsConsumed()
    {
        var session = Session(typeof(ThrowingActionRule), typeof(ItemRule));
        var a = new Item("a");
        session.Insert(a);

        var exception = Assert.Throws<RuleRhsExpressionEvaluationException>(() => session.Fire());

        Assert.IsType<InvalidOperationException>(exception.InnerException);
        Assert.Equal("ThrowingActionRule", exception.RuleName);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["ItemRule:a"], a.Journal.Entries);
    }

    [Fact]
    public void FactoryEvents_ReceiveEventsOfEverySessionAfterTheSessionsOwnHandlers()
    {
        var factory = Factory(typeof(ItemRule));
        var order = new List<string>();
        var senders = new List<object?>();
        factory.Events.FactInsertedEvent += (sender, e) =>
        {
            order.Add("factory:" + e.Fact.Value);
            senders.Add(sender);
        };
        var first = factory.CreateSession();
        var second = factory.CreateSession();
        first.Events.FactInsertedEvent += (_, e) => order.Add("session:" + e.Fact.Value);

        first.Insert(new Item("a"));
        second.Insert(new Item("b"));

        Assert.Equal(["session:a", "factory:a", "factory:b"], order);
        Assert.Same(first, senders[0]);
        Assert.Same(second, senders[1]);
    }
}
