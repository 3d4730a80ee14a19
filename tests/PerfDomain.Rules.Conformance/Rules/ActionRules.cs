using NRules.Fluent.Dsl;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Support;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("TwoActionsRule")]
public sealed class TwoActionsRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then()
            .Do(ctx => item.Journal.Write("first:" + item.Name))
            .Do(ctx => item.Journal.Write("second:" + item.Name));
    }
}

[Name("UndoRule")]
public sealed class UndoRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item, i => i.Value > 0);
        Then()
            .Do(ctx => item.Journal.Write("do:" + item.Name))
            .Undo(ctx => item.Journal.Write("undo:" + item.Name));
    }
}

/// <summary>Yield with one expression: a re-fire yields a new object that replaces the old one.</summary>
[Name("YieldTotalRule")]
public sealed class YieldTotalRule : Rule
{
    public override void Define()
    {
        Basket basket = default!;
        When().Match(() => basket);
        Then().Yield(ctx => new Total(basket.Name, basket.Values.Sum()));
    }
}

/// <summary>Yield with an update expression: a re-fire edits the object it yielded first.</summary>
[Name("YieldUpdateTotalRule")]
public sealed class YieldUpdateTotalRule : Rule
{
    public override void Define()
    {
        Basket basket = default!;
        When().Match(() => basket);
        Then().Yield(
            ctx => new Total(basket.Name, basket.Values.Sum()),
            (ctx, total) => total.Recompute(basket.Values.Sum()));
    }
}

[Name("TotalRule")]
public sealed class TotalRule : Rule
{
    public override void Define()
    {
        Total total = default!;
        When().Match(() => total);
        Then().Do(ctx => Noop.Touch(total));
    }
}
