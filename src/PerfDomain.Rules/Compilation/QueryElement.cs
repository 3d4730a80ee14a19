namespace PerfDomain.Rules.Compilation;

/// <summary>A query: facts matching <see cref="Source"/>, transformed by <see cref="Steps"/>, each result bound to <see cref="Declaration"/>.</summary>
internal sealed class QueryElement : RuleElement
{
    internal QueryElement(Declaration declaration, PatternElement source, IReadOnlyList<QueryStep> steps)
    {
        Declaration = declaration;
        Source = source;
        Steps = steps;
    }

    /// <summary>Gets the declaration each result is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>Gets the pattern the query reads its facts from.</summary>
    public PatternElement Source { get; }

    /// <summary>Gets the steps, in order.</summary>
    public IReadOnlyList<QueryStep> Steps { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Query({Declaration.Name}, {Source}{string.Concat(Steps.Select(s => "." + s))})";
}
