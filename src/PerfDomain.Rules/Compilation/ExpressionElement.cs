using System.Linq.Expressions;

namespace PerfDomain.Rules.Compilation;

/// <summary>A lambda expression of the rule model together with the declarations it reads.</summary>
/// <remarks>
/// The lambda's parameters are, in order, the element's subject when it has one (the pattern's fact, the
/// query element, or the NRules.RuleModel.IContext of an action),
/// followed by one parameter for each of <see cref="Imports"/>. Immutable and thread-safe.
/// </remarks>
internal sealed class ExpressionElement
{
    internal ExpressionElement(LambdaExpression expression, IReadOnlyList<Declaration> imports, int subjectCount)
    {
        Expression = expression;
        Imports = imports;
        SubjectCount = subjectCount;
    }

    /// <summary>Gets the lambda expression.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Gets the declarations read by the expression, aligned with its trailing parameters.</summary>
    public IReadOnlyList<Declaration> Imports { get; }

    /// <summary>Gets the number of leading parameters that are not declarations.</summary>
    public int SubjectCount { get; }

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
