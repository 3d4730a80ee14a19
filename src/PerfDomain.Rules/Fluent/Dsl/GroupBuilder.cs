using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>An And or Or group under construction.</summary>
internal sealed class GroupBuilder(bool isOr)
{
    private readonly List<object> _children = [];

    public bool IsOr { get; } = isOr;

    public void Add(RuleElement element) => _children.Add(element);

    public void Add(GroupBuilder group) => _children.Add(group);

    public RuleElement Build()
    {
        var children = _children.Select(c => c is GroupBuilder g ? g.Build() : (RuleElement)c).ToArray();
        return IsOr ? new OrElement(children) : new AndElement(children);
    }
}
