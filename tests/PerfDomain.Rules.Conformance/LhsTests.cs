using NRules.RuleModel;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Rules;

namespace PerfDomain.Rules.Conformance;

public abstract class LhsTests<TRuntime> : ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    private static Item Grouped(string name, string group, int value = 0) => new(name, value) { Group = group };

    private static string Names(IEnumerable<Item> items) => string.Join(",", items.Select(i => i.Name));

    private static Dictionary<string, string> Groups(IEnumerable<Firing> firings) =>
        firings.Select(f => f.Fact<IGrouping<string, Item>>("group"))
            .ToDictionary(g => g.Key, g => Names(g.OrderBy(i => i.Name, StringComparer.Ordinal)));

    [Fact]
    public void Join_OneCustomerThreeOrders_FiresOncePerOrder()
    {
        var session = Session(typeof(CustomerOrderJoinRule));
        var firings = RecordFirings(session);
        var customer = new Customer("c1");
        session.Insert(customer);
        session.InsertAll([new Order("o1", "c1"), new Order("o2", "c1"), new Order("o3", "c1")]);

        Assert.Equal(3, session.Fire());
        Assert.All(firings, f => Assert.Same(customer, f.Facts["customer"]));
        Assert.Equal(["o1", "o2", "o3"], firings.Select(f => f.Fact<Order>("order").Id).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Join_OrdersBeforeCustomers_EachOrderJoinsOnlyItsCustomer()
    {
        var session = Session(typeof(CustomerOrderJoinRule));
        var firings = RecordFirings(session);
        session.InsertAll([new Order("o1", "c1"), new Order("o2", "c2"), new Order("o3", "c2"), new Order("o4", "cX")]);
        Assert.True(session.Agenda.IsEmpty);

        session.InsertAll([new Customer("c1"), new Customer("c2"), new Customer("c3")]);

        Assert.Equal(3, session.Fire());
        Assert.Equal(
            ["c1/o1", "c2/o2", "c2/o3"],
            firings.Select(f => f.Fact<Customer>("customer").Id + "/" + f.Fact<Order>("order").Id).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Not_MatchingFactPresent_BlocksUntilRetracted()
    {
        var session = Session(typeof(NoFlagRule));
        var flag = new Flag("a");
        session.InsertAll([new Item("a"), new Item("b"), new Flag("other"), flag]);
        Assert.Equal(1, session.Fire());

        session.Retract(flag);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Not_MatchingFactInsertedBeforeFiring_RemovesTheActivation()
    {
        var session = Session(typeof(NoFlagRule));
        session.Insert(new Item("a"));
        Assert.False(session.Agenda.IsEmpty);

        session.Insert(new Flag("a"));

        Assert.True(session.Agenda.IsEmpty);
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Exists_SeveralMatchingFacts_FiresOnce()
    {
        var session = Session(typeof(ExistsFlagRule));
        session.InsertAll([new Item("a"), new Flag("a1"), new Flag("a2"), new Flag("a3"), new Flag("b")]);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Exists_LastMatchingFactRetracted_RemovesTheActivation()
    {
        var session = Session(typeof(ExistsFlagRule));
        var f1 = new Flag("a1");
        var f2 = new Flag("a2");
        session.InsertAll([new Item("a"), f1, f2]);

        session.Retract(f1);
        Assert.False(session.Agenda.IsEmpty);
        session.Retract(f2);

        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void All_EveryFactSatisfiesOrNoneExists_Fires()
    {
        var session = Session(typeof(AllPositiveRule));
        var vacuous = Session(typeof(AllPositiveRule));
        session.InsertAll([new Item("a", 1), new Item("b", 2), new Flag("f")]);
        vacuous.Insert(new Flag("f"));

        Assert.Equal(1, session.Fire());
        Assert.Equal(1, vacuous.Fire());
    }

    [Fact]
    public void All_OneFactViolates_DoesNotFireUntilItIsFixed()
    {
        var session = Session(typeof(AllPositiveRule));
        var b = new Item("b", 0);
        session.InsertAll([new Item("a", 1), b, new Flag("f")]);
        Assert.Equal(0, session.Fire());

        b.Value = 5;
        session.Update(b);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void All_AfterAPatternWithABaseConditionOnItsOwnFact_HoldsOnlyWhenEveryFactSatisfiesIt()
    {
        var session = Session(typeof(AllAfterPatternRule));
        session.InsertAll([new Flag("f"), new Item("a", 1), new Item("b", 0)]);

        // NRules documents All as "every fact matching the base condition satisfies the others"; item b does not.
        // NRules 1.0.4 fires anyway in this shape (All first, or Not(base && !condition), behave as documented):
        // the one difference PerfDomain keeps on purpose, listed in docs/rules-engine.md.
        Assert.Equal(Runtime is NRulesRuntime ? 1 : 0, session.Fire());
    }

    [Fact]
    public void Or_FactMatchingBothAlternatives_FiresTwice()
    {
        var session = Session(typeof(OrRule));
        var firings = RecordFirings(session);
        session.InsertAll([Grouped("big", "", 20), Grouped("vip", "vip", 1), Grouped("both", "vip", 20), Grouped("none", "", 1)]);

        // Each alternative of an Or is its own rule in NRules.
        Assert.Equal(4, session.Fire());
        Assert.All(firings, f => Assert.Equal("OrRule", f.Rule));
        Assert.Equal(["big", "both", "both", "vip"], firings.Select(f => f.Fact<Item>("item").Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void LetHaving_BindsAComputedValueFiltersOnItAndFollowsUpdates()
    {
        var journal = new Journal();
        var session = Session(typeof(LetHavingRule));
        var firings = RecordFirings(session);
        var large = new Item("large", 6, journal);
        session.InsertAll([new Item("small", 5, journal), large]);
        Assert.Equal(1, session.Fire());

        large.Value = 7;
        session.Update(large);
        Assert.Equal(1, session.Fire());
        large.Value = 1;
        session.Update(large);

        Assert.Equal(0, session.Fire());
        Assert.Equal(["doubled:large=12", "doubled:large=14"], journal.Entries);
        Assert.Equal(12, firings[0].Facts["doubled"]);
    }

    [Fact]
    public void Collect_NoCondition_MatchesTheEmptyCollectionAndRefiresAsFactsArrive()
    {
        var session = Session(typeof(CollectAllRule));
        var firings = RecordFirings(session);
        Assert.Equal(1, session.Fire());
        Assert.Empty(firings[0].Fact<IEnumerable<Item>>("items"));

        session.InsertAll([new Item("a"), new Item("b")]);
        Assert.Equal(1, session.Fire());
        Assert.Equal("a,b", Names(firings[1].Fact<IEnumerable<Item>>("items").OrderBy(i => i.Name, StringComparer.Ordinal)));

        session.Insert(new Item("c"));
        Assert.Equal(1, session.Fire());
        Assert.Equal("a,b,c", Names(firings[2].Fact<IEnumerable<Item>>("items").OrderBy(i => i.Name, StringComparer.Ordinal)));
    }

    [Fact]
    public void CollectWhere_Elements_FiresOnceWithThoseThatMatchThePattern()
    {
        var session = Session(typeof(CollectNonEmptyRule));
        var firings = RecordFirings(session);
        session.InsertAll([new Item("a", 1), new Item("zero", 0), new Item("b", 2)]);

        Assert.Equal(1, session.Fire());
        Assert.Equal("a,b", Names(Assert.Single(firings).Fact<IEnumerable<Item>>("items").OrderBy(i => i.Name, StringComparer.Ordinal)));
    }

    [Fact]
    public void CollectWhere_NoElements_HasNoActivation()
    {
        var session = Session(typeof(CollectNonEmptyRule));
        var a = new Item("a", 1);
        session.Insert(new Item("zero", 0));
        Assert.True(session.Agenda.IsEmpty);

        session.Insert(a);
        Assert.False(session.Agenda.IsEmpty);
        session.Retract(a);

        Assert.True(session.Agenda.IsEmpty);
    }

    [Fact]
    public void GroupBy_FiresPerGroupAndAMovedElementRefiresBothGroups()
    {
        var session = Session(typeof(GroupByRule));
        var firings = RecordFirings(session);
        var moving = Grouped("a2", "a");
        session.InsertAll([Grouped("a1", "a"), Grouped("b1", "b"), moving]);
        Assert.Equal(2, session.Fire());
        Assert.Equal(new Dictionary<string, string> { ["a"] = "a1,a2", ["b"] = "b1" }, Groups(firings));
        firings.Clear();

        moving.Group = "b";
        session.Update(moving);

        Assert.Equal(2, session.Fire());
        Assert.Equal(new Dictionary<string, string> { ["a"] = "a1", ["b"] = "a2,b1" }, Groups(firings));
    }

    [Fact]
    public void Select_ProjectsEachFact()
    {
        var session = Session(typeof(SelectRule));
        var firings = RecordFirings(session);
        session.InsertAll([new Item("a", 1), new Item("b", 2)]);

        Assert.Equal(2, session.Fire());
        Assert.Equal([10, 20], firings.Select(f => (int)f.Facts["tenfold"]!).Order().ToArray());
    }

    [Fact]
    public void SelectMany_FiresOncePerElement()
    {
        var session = Session(typeof(SelectManyRule));
        var firings = RecordFirings(session);
        session.InsertAll([new Basket("x", 1, 2), new Basket("y", 3), new Basket("empty")]);

        Assert.Equal(3, session.Fire());
        Assert.Equal([1, 2, 3], firings.Select(f => (int)f.Facts["value"]!).Order().ToArray());
    }

    [Fact]
    public void CollectOrderBy_SortsAscendingDescendingAndThenBy()
    {
        var session = Session(typeof(OrderByRule), typeof(OrderByDescendingRule));
        var firings = RecordFirings(session);
        session.InsertAll([new Item("b", 1), new Item("c", 2), new Item("a", 1)]);

        Assert.Equal(2, session.Fire());
        var sorted = firings.ToDictionary(f => f.Rule, f => Names(f.Fact<IEnumerable<Item>>("items")));
        Assert.Equal("b,a,c", sorted["OrderByRule"]);
        Assert.Equal("c,a,b", sorted["OrderByDescendingRule"]);
    }

    [Fact]
    public void CollectToLookup_FiresOnceWithAKeyedLookup()
    {
        var session = Session(typeof(ToLookupRule));
        var firings = RecordFirings(session);
        session.InsertAll([Grouped("a1", "a"), Grouped("b1", "b"), Grouped("a2", "a")]);

        Assert.Equal(1, session.Fire());
        var lookup = Assert.Single(firings).Fact<IKeyedLookup<string, Item>>("lookup");
        Assert.Equal(2, lookup.Count);
        Assert.Equal(["a", "b"], lookup.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("a1,a2", Names(lookup["a"].OrderBy(i => i.Name, StringComparer.Ordinal)));
        Assert.Empty(lookup["missing"]);
    }

    [Fact]
    public void From_BindsAValueComputedFromAnEarlierFactAndRecomputesOnUpdate()
    {
        var session = Session(typeof(FromRule));
        var firings = RecordFirings(session);
        var basket = new Basket("x", 1, 2, 3);
        session.Insert(basket);
        Assert.Equal(1, session.Fire());

        basket.Add(10);
        session.Update(basket);

        Assert.Equal(1, session.Fire());
        Assert.Same(basket, firings[0].Facts["basket"]);
        Assert.Equal(6, firings[0].Facts["sum"]);
        Assert.Equal(16, firings[1].Facts["sum"]);
    }
}
