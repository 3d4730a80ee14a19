namespace PerfDomain.Rules.Compilation;

/// <summary>A group of alternatives: matches when any of its elements matches.</summary>
/// <remarks>A rule never fires twice for the same set of facts because two alternatives matched them.</remarks>
internal sealed class OrElement : RuleElement
{
    internal OrElement(IReadOnlyList<RuleElement> childElements) => ChildElements = childElements;

    /// <summary>Gets the alternatives, in declaration order.</summary>
    public IReadOnlyList<RuleElement> ChildElements { get; }

    /// <inheritdoc />
    public override string ToString() => $"Or({string.Join(", ", ChildElements)})";
}
