namespace PerfDomain.Rules.Compilation;

/// <summary>A <c>Let</c> binding: a value computed from earlier declarations, bound to <see cref="Declaration"/>.</summary>
internal sealed class BindingElement : RuleElement
{
    internal BindingElement(Declaration declaration, ExpressionElement expression)
    {
        Declaration = declaration;
        Expression = expression;
    }

    /// <summary>Gets the declaration the value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>Gets the expression computing the value; it has no subject.</summary>
    public ExpressionElement Expression { get; }

    /// <inheritdoc />
    public override string ToString() => $"Let({Declaration.Name}, {Expression})";
}
