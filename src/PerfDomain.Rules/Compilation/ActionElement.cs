using NRules.RuleModel;

namespace PerfDomain.Rules.Compilation;

/// <summary>An action: an expression of the context (its one subject) and the rule's declarations, run on the triggers given.</summary>
internal sealed class ActionElement(ExpressionElement expression, ActionTrigger trigger)
{
    public ExpressionElement Expression { get; } = expression;

    public ActionTrigger Trigger { get; } = trigger;

    public override string ToString() => Expression.ToString();
}
