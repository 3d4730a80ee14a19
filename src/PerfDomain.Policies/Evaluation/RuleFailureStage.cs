namespace PerfDomain.Policies.Evaluation;

/// <summary>Where in a rule an exception was thrown.</summary>
public enum RuleFailureStage
{
    /// <summary>In a condition of the rule's <c>When()</c> part: a pattern's condition, a join, a binding or an aggregate.</summary>
    Condition,

    /// <summary>In an action of the rule's <c>Then()</c> part, such as the method a <c>Yield</c> calls to make its decision.</summary>
    Action,

    /// <summary>In an agenda filter of the rule's <c>Filter()</c> part.</summary>
    Filter,
}
