namespace PerfDomain.Rules.Compilation;

/// <summary>A group whose elements must all match.</summary>
internal sealed class AndElement : RuleElement
{
    internal AndElement(IReadOnlyList<RuleElement> childElements) => ChildElements = childElements;

    /// <summary>Gets the elements of the group, in declaration order.</summary>
    public IReadOnlyList<RuleElement> ChildElements { get; }

    /// <inheritdoc />
    public override string ToString() => $"And({string.Join(", ", ChildElements)})";
}
