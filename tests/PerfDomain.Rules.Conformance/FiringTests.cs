using NRules;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;

namespace PerfDomain.Rules.Conformance;

public abstract class FiringTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    private static Item[] Items(Journal journal, params string[] names) => [.. names.Select(n => new Item(n, 1, journal))];

    [Fact]
    public void Fire_ThreeMatches_ReturnsThreeOnceAndZeroAfterwards()
    {
        var journal = new Journal();
        var session = Session(typeof(ItemRule));
        Assert.Equal(0, session.Fire());
        session.InsertAll(Items(journal, "a", "b", "c"));

        Assert.Equal(3, session.Fire());
        Assert.Equal(["ItemRule:a", "ItemRule:b", "ItemRule:c"], journal.Entries);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void FireMax_BelowPendingCount_StopsQuietlyAndLeavesTheRestOnTheAgenda()
    {
        var journal = new Journal();
        var session = Session(typeof(ItemRule));
        session.InsertAll(Items(journal, "a", "b", "c"));

        Assert.Equal(2, session.Fire(2));
        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["ItemRule:a", "ItemRule:b", "ItemRule:c"], journal.Entries);
    }

    [Fact]
    public void FireMax_ZeroThenExactlyThePendingCount_FiresNothingThenEmptiesTheAgenda()
    {
        var session = Session(typeof(ItemRule));
        session.InsertAll(Items(new Journal(), "a", "b"));

        Assert.Equal(0, session.Fire(0));
        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal(2, session.Fire(2));
        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void FireAndFireMax_AlreadyCancelledToken_StillFireOneEach()
    {
        var session = Session(typeof(ItemRule));
        session.InsertAll(Items(new Journal(), "a", "b", "c"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // NRules checks the token only after each firing.
        Assert.Equal(1, session.Fire(cts.Token));
        Assert.Equal(0, session.Fire(0, cts.Token));
        Assert.Equal(1, session.Fire(5, cts.Token));
        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal(1, session.Fire(5, CancellationToken.None));
    }

    [Fact]
    public void FireToken_CancelledDuringAFiring_StopsAfterThatFiring()
    {
        var session = Session(typeof(ItemRule));
        session.InsertAll(Items(new Journal(), "a", "b", "c", "d"));
        using var cts = new CancellationTokenSource();
        var fired = 0;
        session.Events.RuleFiredEvent += (_, _) =>
        {
            if (++fired == 2)
            {
                cts.Cancel();
            }
        };

        Assert.Equal(2, session.Fire(cts.Token));
        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Fire_Priorities_HigherFiresFirstAndNegativeLast()
    {
        var journal = new Journal();
        var session = Session(typeof(LowPriorityRule), typeof(DefaultPriorityRule), typeof(HighPriorityRule));
        session.Insert(new Item("a", 0, journal));
        session.Insert(new Item("b", 0, journal));

        Assert.Equal(6, session.Fire());
        Assert.Equal(["High:a", "High:b", "Default:a", "Default:b", "Low:a", "Low:b"], journal.Entries);
    }

    [Fact]
    public void Fire_EqualPriorities_FirstInFirstOut()
    {
        var journal = new Journal();
        var session = Session(typeof(ItemRule));
        session.Insert(new Item("b", 0, journal));
        session.InsertAll([new Item("c", 0, journal), new Item("a", 0, journal)]);

        session.Fire();

        Assert.Equal(["ItemRule:b", "ItemRule:c", "ItemRule:a"], journal.Entries);
    }

    [Fact]
    public void Fire_PendingActivationUpdated_KeepsItsPlaceInTheQueue()
    {
        var journal = new Journal();
        var session = Session(typeof(ItemRule));
        var a = new Item("a", 0, journal);
        session.InsertAll([a, new Item("b", 0, journal)]);

        session.Update(a);
        session.Fire();

        Assert.Equal(["ItemRule:a", "ItemRule:b"], journal.Entries);
    }

    [Fact]
    public void Repeatability_UpdateOfAFiredMatch_RefiresOnlyTheRepeatableRule()
    {
        var session = Session(typeof(ItemRule), typeof(NonRepeatableItemRule));
        var a = new Item("a");
        session.Insert(a);
        Assert.Equal(2, session.Fire());

        session.Update(a);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["ItemRule:a", "NonRepeatableItemRule:a", "ItemRule:a"], a.Journal.Entries);
        session.Update(a);
        Assert.Equal("ItemRule", session.Agenda.Peek().Rule.Name);
    }

    [Fact]
    public void NonRepeatable_RetractAndInsertAgain_FiresAgain()
    {
        var session = Session(typeof(NonRepeatableItemRule));
        var a = new Item("a");
        session.Insert(a);
        session.Fire();

        session.Retract(a);
        session.Insert(a);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Halt_InAnAction_StopsFireAfterThatFiring()
    {
        var journal = new Journal();
        var session = Session(typeof(HaltingRule));
        session.InsertAll(Items(journal, "a", "b", "c"));

        Assert.Equal(1, session.Fire());
        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal(1, session.Fire());
        Assert.Equal(["HaltingRule:a", "HaltingRule:b"], journal.Entries);
    }

    [Fact]
    public void Context_Rule_IsTheFiringRulesDefinition()
    {
        var session = Session(typeof(TaggedRule));
        var a = new Item("a");
        session.Insert(a);

        session.Fire();

        Assert.Equal(["Tagged rule|alpha,beta|3"], a.Journal.Entries);
    }

    [Fact]
    public void Insert_FromAnAction_ActivatesAnotherRuleInTheSameFire()
    {
        var session = Session(typeof(FlagFromItemRule), typeof(FlagRule));
        session.Insert(new Item("a", 1));

        Assert.Equal(2, session.Fire());
        Assert.Equal("a", Assert.Single(session.Query<Flag>()).Name);
    }

    [Fact]
    public void Update_FromAnAction_ReevaluatesTheSameRule()
    {
        var session = Session(typeof(DecrementRule));
        var a = new Item("a", 3);
        session.Insert(a);

        Assert.Equal(3, session.Fire());
        Assert.Equal(0, a.Value);
    }

    [Fact]
    public void Retract_FromAnAction_RemovesAnotherRulesPendingActivation()
    {
        var session = Session(typeof(RetractFlagRule), typeof(FlagRule));
        session.InsertAll([new Item("a"), new Flag("a"), new Flag("b")]);

        Assert.Equal(2, session.Fire());
        Assert.Equal("b", Assert.Single(session.Query<Flag>()).Name);
    }
}
