namespace PerfDomain.Rules.Compilation;

/// <summary>A named value bound by a rule's left-hand side: the fact of a pattern, a query result, or a <c>Let</c> binding.</summary>
/// <remarks>Declarations compare by reference. Immutable and thread-safe.</remarks>
internal sealed class Declaration
{
    internal Declaration(string name, Type type, bool isAnonymous)
    {
        Name = name;
        Type = type;
        IsAnonymous = isAnonymous;
        Parameter = System.Linq.Expressions.Expression.Parameter(type, name);
    }

    internal System.Linq.Expressions.ParameterExpression Parameter { get; }

    /// <summary>Gets the NRules declaration this one stands for: what matches report.</summary>
    public NRules.RuleModel.Declaration? Source { get; init; }

    /// <summary>Gets the name: the captured variable's name, or a generated <c>$pN</c> for an anonymous pattern.</summary>
    public string Name { get; }

    /// <summary>Gets the type of the bound value.</summary>
    public Type Type { get; }

    /// <summary>Gets a value indicating whether the pattern had no alias in the rule's source.</summary>
    public bool IsAnonymous { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type.Name}";
}
