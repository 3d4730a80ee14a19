namespace PerfDomain.Rules.Compilation;

/// <summary>Negation: matches when no fact matches <see cref="Source"/>.</summary>
internal sealed class NotElement : RuleElement
{
    internal NotElement(PatternElement source) => Source = source;

    /// <summary>Gets the pattern that must have no match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"Not({Source})";
}
