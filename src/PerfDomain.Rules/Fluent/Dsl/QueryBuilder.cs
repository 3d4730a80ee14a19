using System.Linq.Expressions;

namespace PerfDomain.Rules.Fluent.Dsl;

internal sealed class QueryBuilder(RuleBuilderState state) : IQuery
{
    public IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        new QueryExpression<TFact>(state, state.Pattern(state.Anonymous(typeof(TFact)), conditions), [], hasAggregate: false);
}
