using NRules;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;

namespace PerfDomain.Rules.Conformance;

public abstract class SessionFactoryTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    [Fact]
    public void CreateSession_Init_RunsOnceOnTheReturnedSessionBeforeItReturns()
    {
        var factory = Factory(typeof(ItemRule));
        var seen = new List<ISession>();

        var session = factory.CreateSession(s => seen.Add(s));

        Assert.Same(session, Assert.Single(seen));
    }

    [Fact]
    public void CreateSession_InitInsertsFacts_TheyMatchOnceCreateSessionReturns()
    {
        var factory = Factory(typeof(ItemRule));
        var emptyDuringInit = false;

        var session = factory.CreateSession(s =>
        {
            s.Insert(new Item("a"));
            emptyDuringInit = s.Agenda.IsEmpty;
        });

        // NRules 1.0.4 activates the network after init (as documented): facts inserted there match only then.
        Assert.True(emptyDuringInit);
        Assert.Single(session.Query<Item>());
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void CreateSession_InitSubscribesEvents_SeesTheActivationsMadeWhenTheSessionStarts()
    {
        var factory = Factory(typeof(NoFlagAtAllRule), typeof(ItemRule));
        var created = new List<string>();

        factory.CreateSession(s =>
        {
            s.Events.ActivationCreatedEvent += (_, e) => created.Add(e.Rule.Name);
            s.Insert(new Item("a"));
        });

        Assert.Equal(["NoFlagAtAllRule", "ItemRule"], created);
    }

    [Fact]
    public void CreateSession_RuleWithOnlyANegation_IsActiveInAnEmptySession()
    {
        var session = Factory(typeof(NoFlagAtAllRule)).CreateSession();

        Assert.False(session.Agenda.IsEmpty);
        Assert.Equal(1, session.Fire());

        session.Insert(new Flag("f"));
        session.Retract(session.Query<Flag>().Single());
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void CreateSession_TwoSessions_ShareNoFacts()
    {
        var factory = Factory(typeof(ItemRule));
        var first = factory.CreateSession();
        var second = factory.CreateSession();
        var a = new Item("a");

        first.Insert(a);
        second.Insert(a);

        Assert.Single(first.Query<Item>());
        Assert.Single(second.Query<Item>());
        Assert.Equal(1, first.Fire());
        Assert.Equal(1, second.Fire());
        Assert.Equal(["ItemRule:a", "ItemRule:a"], a.Journal.Entries);
    }
}
