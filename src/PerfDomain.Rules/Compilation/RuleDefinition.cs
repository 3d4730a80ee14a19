using NRules.RuleModel;

namespace PerfDomain.Rules.Compilation;

/// <summary>
/// An NRules rule definition translated into the shape the Rete builder compiles: alternatives expanded from
/// <see cref="LeftHandSide"/>, parameters of every expression ordered subject first.
/// </summary>
internal sealed class RuleDefinition(
    IRuleDefinition source,
    AndElement leftHandSide,
    IReadOnlyList<ActionElement> rightHandSide,
    IReadOnlyList<AgendaFilterElement> filters,
    IReadOnlyDictionary<Declaration, Type> dependencies)
{
    /// <summary>Gets the NRules definition this was translated from: what events, matches and contexts report.</summary>
    public IRuleDefinition Source { get; } = source;

    public string Name => Source.Name;

    public int Priority => Source.Priority;

    public RuleRepeatability Repeatability => Source.Repeatability;

    public AndElement LeftHandSide { get; } = leftHandSide;

    public IReadOnlyList<ActionElement> RightHandSide { get; } = rightHandSide;

    public IReadOnlyList<AgendaFilterElement> Filters { get; } = filters;

    /// <summary>Gets the declarations resolved from the session's dependency resolver when an action runs, with their service types.</summary>
    public IReadOnlyDictionary<Declaration, Type> Dependencies { get; } = dependencies;

    public ActionTrigger Triggers { get; } = rightHandSide.Aggregate(ActionTrigger.None, (all, a) => all | a.Trigger);

    public override string ToString() => Name;
}
