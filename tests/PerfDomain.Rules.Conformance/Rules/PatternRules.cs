using NRules.Fluent.Dsl;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Support;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("CustomerOrderJoinRule")]
public sealed class CustomerOrderJoinRule : Rule
{
    public override void Define()
    {
        Customer customer = default!;
        Order order = default!;
        When()
            .Match(() => customer)
            .Match(() => order, o => o.CustomerId == customer.Id);
        Then().Do(ctx => Noop.Touch(order));
    }
}

/// <summary>An item with no flag of the same name.</summary>
[Name("NoFlagRule")]
public sealed class NoFlagRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When()
            .Match(() => item)
            .Not<Flag>(f => f.Name == item.Name);
        Then().Do(ctx => Noop.Touch(item));
    }
}

/// <summary>No pattern but a negation: active in an empty session.</summary>
[Name("NoFlagAtAllRule")]
public sealed class NoFlagAtAllRule : Rule
{
    public override void Define()
    {
        When().Not<Flag>();
        Then().Do(ctx => Noop.Touch(ctx));
    }
}

[Name("ExistsFlagRule")]
public sealed class ExistsFlagRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When()
            .Match(() => item)
            .Exists<Flag>(f => f.Name.StartsWith(item.Name));
        Then().Do(ctx => Noop.Touch(item));
    }
}

/// <summary>All first in the When: behind another pattern NRules 1.0.4 evaluates it wrongly.</summary>
[Name("AllPositiveRule")]
public sealed class AllPositiveRule : Rule
{
    public override void Define()
    {
        Flag flag = default!;
        When()
            .All<Item>(i => i.Value > 0)
            .Match(() => flag);
        Then().Do(ctx => Noop.Touch(flag));
    }
}

/// <summary>The same condition as <see cref="AllPositiveRule"/>, with <c>All</c> after another pattern and a base condition on its own fact only.</summary>
public sealed class AllAfterPatternRule : Rule
{
    public override void Define()
    {
        Flag flag = default!;
        When()
            .Match(() => flag)
            .All<Item>(i => i.Name.Length > 0, i => i.Value > 0);
        Then().Do(ctx => Noop.Touch(flag));
    }
}

[Name("OrRule")]
public sealed class OrRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Or(x => x
            .Match(() => item, i => i.Value > 10)
            .Match(() => item, i => i.Group == "vip"));
        Then().Do(ctx => Noop.Touch(item));
    }
}

[Name("LetHavingRule")]
public sealed class LetHavingRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        int doubled = 0;
        When()
            .Match(() => item)
            .Let(() => doubled, () => item.Value * 2)
            .Having(() => doubled > 10);
        Then().Do(ctx => item.Journal.Write("doubled:" + item.Name + "=" + doubled));
    }
}
