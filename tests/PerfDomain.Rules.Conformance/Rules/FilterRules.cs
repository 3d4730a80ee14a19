using NRules.Fluent.Dsl;
using PerfDomain.Rules.Conformance.Facts;

namespace PerfDomain.Rules.Conformance.Rules;

[Name("FilterWhereRule")]
public sealed class FilterWhereRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Filter().Where(() => item.Value > 0);
        Then().Do(ctx => item.Journal.Write("FilterWhere:" + item.Name + "=" + item.Value));
    }
}

[Name("FilterOnChangeRule")]
public sealed class FilterOnChangeRule : Rule
{
    public override void Define()
    {
        Item item = default!;
        When().Match(() => item);
        Filter().OnChange(() => item.Value);
        Then().Do(ctx => item.Journal.Write("OnChange:" + item.Name + "=" + item.Value));
    }
}
