namespace PerfDomain.Rules.RuleModel;

/// <summary>A rule as data: metadata, left-hand side and actions.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IRuleDefinition
{
    /// <summary>Gets the rule's unique name.</summary>
    string Name { get; }

    /// <summary>Gets the description, or an empty string.</summary>
    string Description { get; }

    /// <summary>Gets the priority: a higher value fires first. Zero by default.</summary>
    int Priority { get; }

    /// <summary>Gets the repeatability.</summary>
    RuleRepeatability Repeatability { get; }

    /// <summary>Gets the tags.</summary>
    IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the left-hand side: an <see cref="AndElement"/> of the rule's conditions.</summary>
    AndElement LeftHandSide { get; }

    /// <summary>Gets the actions, in order.</summary>
    IReadOnlyList<ActionElement> RightHandSide { get; }
}
