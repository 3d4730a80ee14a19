using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent;

internal sealed class RuleSet(string name) : IRuleSet
{
    public List<IRuleDefinition> RuleList { get; } = [];

    public string Name { get; } = name;

    public IReadOnlyList<IRuleDefinition> Rules => RuleList;
}
