using NRules.Fluent.Dsl;
using PerfDomain.Rules.Conformance.Facts;
using PerfDomain.Rules.Conformance.Support;

namespace PerfDomain.Rules.Conformance.Rules;

/// <summary>Its condition throws for a blown fuse.</summary>
[Name("FuseRule")]
public sealed class FuseRule : Rule
{
    public override void Define()
    {
        Fuse fuse = default!;
        When().Match(() => fuse, f => f.Check());
        Then().Do(ctx => Noop.Touch(fuse));
    }
}

/// <summary>Its action throws; it outranks ItemRule.</summary>
[Name("ThrowingActionRule"), Priority(10)]
public sealed class ThrowingActionRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => item.Explode());
    }
}
