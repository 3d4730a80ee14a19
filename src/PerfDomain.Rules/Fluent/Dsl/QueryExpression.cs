using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

internal abstract class QueryExpression(RuleBuilderState state, PatternElement source, IReadOnlyList<QueryStep> steps, bool hasAggregate)
{
    public PatternElement Source { get; } = source;

    public IReadOnlyList<QueryStep> Steps { get; } = steps;

    public static QueryExpression From<T>(IQuery<T> query) =>
        query as QueryExpression ?? throw new ArgumentException("The query was not built by IQuery.Match.", nameof(query));

    public QueryExpression Append<TResult>(QueryStepKind kind, LambdaExpression? expression, LambdaExpression? elementSelector)
    {
        var isAggregate = kind is QueryStepKind.Collect or QueryStepKind.GroupBy;
        if (isAggregate && hasAggregate)
        {
            throw new RuleDefinitionException("A query may aggregate (Collect or GroupBy) only once.");
        }

        var step = new QueryStep(
            kind,
            expression is null ? null : state.Rewrite(expression, 1),
            elementSelector is null ? null : state.Rewrite(elementSelector, 1),
            typeof(TResult));
        return new QueryExpression<TResult>(state, Source, [.. Steps, step], hasAggregate || isAggregate);
    }
}

internal sealed class QueryExpression<T>(RuleBuilderState state, PatternElement source, IReadOnlyList<QueryStep> steps, bool hasAggregate)
    : QueryExpression(state, source, steps, hasAggregate), IQuery<T>
{
    public Type ResultType => typeof(T);
}
