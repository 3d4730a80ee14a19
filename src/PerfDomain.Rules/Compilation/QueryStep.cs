namespace PerfDomain.Rules.Compilation;

/// <summary>One step of a query: a filter, a projection or an aggregation.</summary>
internal sealed class QueryStep
{
    internal QueryStep(QueryStepKind kind, ExpressionElement? expression, ExpressionElement? elementSelector, Type resultType)
    {
        Kind = kind;
        Expression = expression;
        ElementSelector = elementSelector;
        ResultType = resultType;
    }

    /// <summary>Gets the kind of step.</summary>
    public QueryStepKind Kind { get; }

    /// <summary>Gets the predicate, projection or key selector; <see langword="null"/> for <see cref="QueryStepKind.Collect"/>.</summary>
    public ExpressionElement? Expression { get; }

    /// <summary>Gets the element selector of a <see cref="QueryStepKind.GroupBy"/>, if any.</summary>
    public ExpressionElement? ElementSelector { get; }

    /// <summary>Gets the type of the values this step produces.</summary>
    public Type ResultType { get; }

    /// <summary>Gets how a <see cref="QueryStepKind.Collect"/> step shapes its collection (sorted, or a lookup); <see langword="null"/> for a plain list.</summary>
    public CollectionShape? Shape { get; init; }

    /// <inheritdoc />
    public override string ToString() => Expression is null ? $"{Kind}()" : $"{Kind}({Expression})";
}
