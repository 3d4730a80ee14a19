using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Builds a rule's actions (<c>Then()</c>).</summary>
public interface IRightHandSideExpression
{
    /// <summary>Adds an action; it may read the aliases bound by the conditions.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>Inserts a linked fact: when the rule fires again for the same match the fact is replaced by a new one; it is retracted when the match goes away.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="yield">Creates the fact.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield);

    /// <summary>Inserts a linked fact, or updates it through <paramref name="yieldUpdate"/> when the rule fires again for the same match.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="yieldInsert">Creates the fact.</param>
    /// <param name="yieldUpdate">Returns the updated fact given the existing one.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate);
}
