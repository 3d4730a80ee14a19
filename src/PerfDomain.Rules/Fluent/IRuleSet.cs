using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent;

/// <summary>A named set of loaded rules.</summary>
public interface IRuleSet
{
    /// <summary>Gets the name.</summary>
    string Name { get; }

    /// <summary>Gets the rules, in load order.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }
}
