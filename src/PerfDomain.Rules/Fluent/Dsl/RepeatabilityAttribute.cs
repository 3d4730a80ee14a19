using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Sets whether a rule fires again when the facts of an already fired match are updated.</summary>
/// <param name="value">The repeatability.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RepeatabilityAttribute(RuleRepeatability value) : Attribute
{
    /// <summary>Gets the repeatability.</summary>
    public RuleRepeatability Value { get; } = value;
}
