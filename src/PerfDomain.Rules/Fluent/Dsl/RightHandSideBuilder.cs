using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

internal sealed class RightHandSideBuilder(RuleBuilderState state) : IRightHandSideExpression
{
    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        state.Actions.Add(new ActionElement(ActionKind.Do, state.Rewrite(action, 1), null));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield)
    {
        ArgumentNullException.ThrowIfNull(yield);
        state.Actions.Add(new ActionElement(ActionKind.Yield, state.Rewrite(yield, 1), null));
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate)
    {
        ArgumentNullException.ThrowIfNull(yieldInsert);
        ArgumentNullException.ThrowIfNull(yieldUpdate);
        state.Actions.Add(new ActionElement(ActionKind.Yield, state.Rewrite(yieldInsert, 1), state.Rewrite(yieldUpdate, 2)));
        return this;
    }
}
