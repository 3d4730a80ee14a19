namespace PerfDomain.Rules.Compilation;

/// <summary>A <c>Having</c> filter: a condition over earlier declarations.</summary>
internal sealed class FilterElement : RuleElement
{
    internal FilterElement(ExpressionElement condition) => Condition = condition;

    /// <summary>Gets the condition; it has no subject.</summary>
    public ExpressionElement Condition { get; }

    /// <inheritdoc />
    public override string ToString() => $"Having({Condition})";
}
