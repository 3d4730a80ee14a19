namespace PerfDomain.Rules.RuleModel;

/// <summary>A set of facts that together satisfy a rule's left-hand side.</summary>
public interface IMatch
{
    /// <summary>Gets the matched rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Gets the matched values, in the order of the rule's declarations.</summary>
    IReadOnlyList<IFactMatch> Facts { get; }
}
