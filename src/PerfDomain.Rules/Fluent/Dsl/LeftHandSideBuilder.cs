using System.Linq.Expressions;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

internal sealed class LeftHandSideBuilder(RuleBuilderState state, GroupBuilder group) : ILeftHandSideExpression
{
    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(alias);
        group.Add(state.Pattern(state.Declare(alias), conditions));
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        group.Add(state.Pattern(state.Anonymous(typeof(TFact)), conditions));
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        group.Add(new ExistsElement(state.Pattern(state.Anonymous(typeof(TFact)), conditions)));
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        group.Add(new NotElement(state.Pattern(state.Anonymous(typeof(TFact)), conditions)));
        return this;
    }

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var basePattern = state.Pattern(state.Anonymous(typeof(TFact)), []);
        group.Add(new ForAllElement(basePattern, [state.Rewrite(condition, 1)]));
        return this;
    }

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(baseCondition);
        ArgumentNullException.ThrowIfNull(conditions);
        var basePattern = state.Pattern(state.Anonymous(typeof(TFact)), [baseCondition]);
        group.Add(new ForAllElement(basePattern, conditions.Select(c => state.Rewrite(c, 1)).ToArray()));
        return this;
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(queryAction);
        var query = QueryExpression.From(queryAction(new QueryBuilder(state)));
        var declaration = state.Declare(alias);
        group.Add(new QueryElement(declaration, query.Source, query.Steps));
        return this;
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(expression);
        var value = state.Rewrite(expression, 0);
        group.Add(new BindingElement(state.Declare(alias), value));
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        foreach (var condition in conditions)
        {
            group.Add(new FilterElement(state.Rewrite(condition, 0)));
        }

        return this;
    }

    public ILeftHandSideExpression Or(Action<ILeftHandSideExpression> builder) => Group(builder, isOr: true);

    public ILeftHandSideExpression And(Action<ILeftHandSideExpression> builder) => Group(builder, isOr: false);

    private LeftHandSideBuilder Group(Action<ILeftHandSideExpression> builder, bool isOr)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var child = new GroupBuilder(isOr);
        builder(new LeftHandSideBuilder(state, child));
        group.Add(child);
        return this;
    }
}
