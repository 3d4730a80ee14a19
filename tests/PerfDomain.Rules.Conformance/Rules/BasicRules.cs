using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Rules.Conformance.Facts;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("ItemRule")]
public sealed class ItemRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Journal.Write("ItemRule:" + item.Name));
    }
}

[Name("BigItemRule")]
public sealed class BigItemRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item, i => i.Value > 5);
        Then().Do(ctx => item.Journal.Write("BigItemRule:" + item.Name));
    }
}

[Name("Tagged rule"), Tag("alpha"), Tag("beta"), Priority(3)]
public sealed class TaggedRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Journal.Write(ctx.Rule.Name + "|" + string.Join(",", ctx.Rule.Tags) + "|" + ctx.Rule.Priority));
    }
}

[Name("NonRepeatableItemRule"), Repeatability(RuleRepeatability.NonRepeatable)]
public sealed class NonRepeatableItemRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Journal.Write("NonRepeatableItemRule:" + item.Name));
    }
}

[Name("HaltingRule")]
public sealed class HaltingRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then()
            .Do(ctx => item.Journal.Write("HaltingRule:" + item.Name))
            .Do(ctx => ctx.Halt());
    }
}

/// <summary>Counts a positive item down to zero, one update per firing.</summary>
[Name("DecrementRule")]
public sealed class DecrementRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item, i => i.Value > 0);
        Then().Do(ctx => ctx.Update(item, i => i.Decrement()));
    }
}

/// <summary>Forward chaining: inserts a flag named after each positive item.</summary>
[Name("FlagFromItemRule")]
public sealed class FlagFromItemRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item, i => i.Value > 0);
        Then().Do(ctx => ctx.Insert(new Flag(item.Name)));
    }
}

[Name("FlagRule")]
public sealed class FlagRule : Rule
{
    public override void Define()
    {
        Flag flag = default!;
        When().Match(() => flag);
        Then().Do(ctx => Support.Noop.Touch(flag));
    }
}

/// <summary>Retracts the flag named after an item, before FlagRule gets to it.</summary>
[Name("RetractFlagRule"), Priority(10)]
public sealed class RetractFlagRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        Flag flag = default!;
        When()
            .Match(() => item)
            .Match(() => flag, f => f.Name == item.Name);
        Then().Do(ctx => ctx.Retract(flag));
    }
}
