using System.Reflection;
using PerfDomain.Rules.Fluent.Dsl;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent;

internal sealed class RuleMetadata : IRuleMetadata
{
    public RuleMetadata(Type ruleType)
    {
        RuleType = ruleType;
        Name = ruleType.GetCustomAttribute<NameAttribute>()?.Value ?? ruleType.FullName ?? ruleType.Name;
        Description = ruleType.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty;
        Priority = ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;
        Repeatability = ruleType.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable;
        Tags = ruleType.GetCustomAttributes<TagAttribute>().Select(t => t.Value).ToArray();
    }

    public Type RuleType { get; }

    public string Name { get; }

    public string Description { get; }

    public int Priority { get; }

    public RuleRepeatability Repeatability { get; }

    public IReadOnlyList<string> Tags { get; }

    public bool IsTagged(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
