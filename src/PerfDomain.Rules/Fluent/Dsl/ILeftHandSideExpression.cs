using System.Linq.Expressions;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>Builds a rule's conditions (<c>When()</c>).</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact of type <typeparamref name="TFact"/> and binds it to an alias.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="alias">The captured variable to bind, as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">The conditions; they may read aliases bound earlier (a join).</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact of type <typeparamref name="TFact"/> without binding it.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires at least one fact matching the conditions; matches once however many there are.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that no fact matches the conditions.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Requires that every fact of type <typeparamref name="TFact"/> satisfies the condition (true when there is none).</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition);

    /// <summary>Requires that every fact satisfying <paramref name="baseCondition"/> also satisfies all <paramref name="conditions"/>.</summary>
    /// <typeparam name="TFact">The type of fact.</typeparam>
    /// <param name="baseCondition">Selects the facts to check.</param>
    /// <param name="conditions">The conditions they must satisfy.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches each result of a query (for example a collection of facts) and binds it to an alias.</summary>
    /// <typeparam name="TResult">The type of result.</typeparam>
    /// <param name="alias">The captured variable to bind.</param>
    /// <param name="queryAction">Builds the query from <see cref="IQuery.Match{TFact}"/>.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction);

    /// <summary>Binds a value computed from earlier aliases.</summary>
    /// <typeparam name="TResult">The type of value.</typeparam>
    /// <param name="alias">The captured variable to bind.</param>
    /// <param name="expression">The value.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Filters on earlier aliases.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);

    /// <summary>Adds a group of alternatives: each element added by <paramref name="builder"/> is one alternative.</summary>
    /// <param name="builder">Adds the alternatives; use <see cref="And"/> for an alternative of several elements.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Or(Action<ILeftHandSideExpression> builder);

    /// <summary>Adds a group whose elements must all match.</summary>
    /// <param name="builder">Adds the elements.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression And(Action<ILeftHandSideExpression> builder);
}
