using NRules.Fluent.Dsl;
using PerfDomain.Rules.Conformance.Facts;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("HighPriorityRule"), Priority(10)]
public sealed class HighPriorityRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Journal.Write("High:" + item.Name));
    }
}

[Name("DefaultPriorityRule")]
public sealed class DefaultPriorityRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Journal.Write("Default:" + item.Name));
    }
}

[Name("LowPriorityRule"), Priority(-5)]
public sealed class LowPriorityRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Journal.Write("Low:" + item.Name));
    }
}
