namespace PerfDomain.Rules.RuleModel;

internal sealed class RuleDefinition(
    string name,
    string description,
    int priority,
    RuleRepeatability repeatability,
    IReadOnlyList<string> tags,
    AndElement leftHandSide,
    IReadOnlyList<ActionElement> rightHandSide) : IRuleDefinition
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public int Priority { get; } = priority;

    public RuleRepeatability Repeatability { get; } = repeatability;

    public IReadOnlyList<string> Tags { get; } = tags;

    public AndElement LeftHandSide { get; } = leftHandSide;

    public IReadOnlyList<ActionElement> RightHandSide { get; } = rightHandSide;

    public override string ToString() => Name;
}
