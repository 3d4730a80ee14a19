using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>A rule's match waiting on the agenda to fire.</summary>
public interface IActivation
{
    /// <summary>Gets the rule.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Gets the match.</summary>
    IMatch Match { get; }

    /// <summary>
    /// Gets the activation's queue stamp: increasing in the order activations were created or re-queued
    /// (by session operation, then rule declaration order, then the recency of the matched facts).
    /// </summary>
    long Sequence { get; }

    /// <summary>Gets the rule's position in the order the repository loaded the rules.</summary>
    int RuleOrder { get; }
}
