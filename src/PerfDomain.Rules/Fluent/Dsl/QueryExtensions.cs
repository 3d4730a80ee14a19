using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>The steps of a query: filters, projections and aggregations.</summary>
public static class QueryExtensions
{
    /// <summary>Keeps the values that satisfy every predicate.</summary>
    /// <typeparam name="TSource">The type of the values.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="predicates">The predicates.</param>
    /// <returns>The query.</returns>
    public static IQuery<TSource> Where<TSource>(this IQuery<TSource> source, params Expression<Func<TSource, bool>>[] predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        var query = QueryExpression.From(source);
        foreach (var predicate in predicates)
        {
            query = query.Append<TSource>(QueryStepKind.Where, predicate, null);
        }

        return (IQuery<TSource>)query;
    }

    /// <summary>Projects each value.</summary>
    /// <typeparam name="TSource">The type of the values.</typeparam>
    /// <typeparam name="TResult">The type of the projected values.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="selector">The projection.</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> Select<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, TResult>> selector) =>
        (IQuery<TResult>)QueryExpression.From(source).Append<TResult>(QueryStepKind.Select, selector, null);

    /// <summary>Collects all values into one collection; over no values it produces an empty collection (as NRules).</summary>
    /// <typeparam name="TSource">The type of the values.</typeparam>
    /// <param name="source">The query.</param>
    /// <returns>The query.</returns>
    public static IQuery<IEnumerable<TSource>> Collect<TSource>(this IQuery<TSource> source) =>
        (IQuery<IEnumerable<TSource>>)QueryExpression.From(source).Append<IEnumerable<TSource>>(QueryStepKind.Collect, null, null);

    /// <summary>Groups values by key; produces one non-empty group per key and nothing over no values.</summary>
    /// <typeparam name="TSource">The type of the values.</typeparam>
    /// <typeparam name="TKey">The type of the key.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IQuery<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector) =>
        (IQuery<IGrouping<TKey, TSource>>)QueryExpression.From(source).Append<IGrouping<TKey, TSource>>(QueryStepKind.GroupBy, keySelector, null);

    /// <summary>Groups projected values by key; produces one non-empty group per key and nothing over no values.</summary>
    /// <typeparam name="TSource">The type of the values.</typeparam>
    /// <typeparam name="TKey">The type of the key.</typeparam>
    /// <typeparam name="TElement">The type of the grouped elements.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <param name="elementSelector">The element.</param>
    /// <returns>The query.</returns>
    public static IQuery<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(
        this IQuery<TSource> source,
        Expression<Func<TSource, TKey>> keySelector,
        Expression<Func<TSource, TElement>> elementSelector) =>
        (IQuery<IGrouping<TKey, TElement>>)QueryExpression.From(source).Append<IGrouping<TKey, TElement>>(QueryStepKind.GroupBy, keySelector, elementSelector);
}
