using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Support;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("CollectAllRule")]
public sealed class CollectAllRule : Rule
{
    public override void Define()
    {
        IEnumerable<Item> items = default!;
        When().Query(() => items, q => q.Match<Item>().Collect());
        Then().Do(ctx => Noop.Touch(items));
    }
}

[Name("CollectNonEmptyRule")]
public sealed class CollectNonEmptyRule : Rule
{
    public override void Define()
    {
        IEnumerable<Item> items = default!;
        When().Query(() => items, q => q
            .Match<Item>(i => i.Value > 0)
            .Collect()
            .Where(c => c.Any()));
        Then().Do(ctx => Noop.Touch(items));
    }
}

[Name("GroupByRule")]
public sealed class GroupByRule : Rule
{
    public override void Define()
    {
        IGrouping<string, Item> group = default!;
        When().Query(() => group, q => q.Match<Item>().GroupBy(i => i.Group));
        Then().Do(ctx => Noop.Touch(group));
    }
}

[Name("SelectRule")]
public sealed class SelectRule : Rule
{
    public override void Define()
    {
        int tenfold = 0;
        When().Query(() => tenfold, q => q.Match<Item>().Select(i => i.Value * 10));
        Then().Do(ctx => Noop.Touch(tenfold));
    }
}

[Name("SelectManyRule")]
public sealed class SelectManyRule : Rule
{
    public override void Define()
    {
        int value = 0;
        When().Query(() => value, q => q.Match<Basket>().SelectMany(b => b.Values));
        Then().Do(ctx => Noop.Touch(value));
    }
}

[Name("OrderByRule")]
public sealed class OrderByRule : Rule
{
    public override void Define()
    {
        IEnumerable<Item> items = default!;
        When().Query(() => items, q => q.Match<Item>().Collect().OrderBy(i => i.Value));
        Then().Do(ctx => Noop.Touch(items));
    }
}

[Name("OrderByDescendingRule")]
public sealed class OrderByDescendingRule : Rule
{
    public override void Define()
    {
        IEnumerable<Item> items = default!;
        When().Query(() => items, q => q.Match<Item>().Collect().OrderByDescending(i => i.Value).ThenBy(i => i.Name));
        Then().Do(ctx => Noop.Touch(items));
    }
}

[Name("ToLookupRule")]
public sealed class ToLookupRule : Rule
{
    public override void Define()
    {
        IKeyedLookup<string, Item> lookup = default!;
        When().Query(() => lookup, q => q.Match<Item>().Collect().ToLookup(i => i.Group));
        Then().Do(ctx => Noop.Touch(lookup));
    }
}

/// <summary>From: a fact computed from an earlier one.</summary>
[Name("FromRule")]
public sealed class FromRule : Rule
{
    public override void Define()
    {
        Basket basket = default!;
        int sum = 0;
        When()
            .Match(() => basket)
            .Query(() => sum, q => q.From(() => basket.Values.Sum()));
        Then().Do(ctx => Noop.Touch(sum));
    }
}
