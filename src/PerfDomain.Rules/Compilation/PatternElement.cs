namespace PerfDomain.Rules.Compilation;

/// <summary>A pattern: a fact of <see cref="ValueType"/> that satisfies every condition.</summary>
internal sealed class PatternElement : RuleElement
{
    internal PatternElement(Declaration declaration, IReadOnlyList<ExpressionElement> conditions)
    {
        Declaration = declaration;
        Conditions = conditions;
    }

    /// <summary>Gets the declaration the matched fact is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>Gets the type of fact the pattern matches.</summary>
    public Type ValueType => Declaration.Type;

    /// <summary>Gets the conditions; the subject of each is the pattern's fact.</summary>
    public IReadOnlyList<ExpressionElement> Conditions { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Match<{ValueType.Name}>({Declaration.Name}{string.Concat(Conditions.Select(c => ", " + c))})";
}
