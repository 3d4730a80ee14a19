using NRules.Fluent.Dsl;
using PerfDomain.Rules.Conformance.Facts;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("GreetingRule")]
public sealed class GreetingRule : Rule
{
    public override void Define()
    {
        IGreeter greeter = default!;
        Item item = default!;
        Dependency().Resolve(() => greeter);
        When().Match(() => item);
        Then().Do(ctx => greeter.Greet(item.Name));
    }
}

[Name("ContextResolveRule")]
public sealed class ContextResolveRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Then().Do(ctx => ((IGreeter)ctx.Resolve(typeof(IGreeter))).Greet("ctx:" + item.Name));
    }
}
