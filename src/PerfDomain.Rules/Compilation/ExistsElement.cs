namespace PerfDomain.Rules.Compilation;

/// <summary>Existential quantifier: matches once when at least one fact matches <see cref="Source"/>.</summary>
internal sealed class ExistsElement : RuleElement
{
    internal ExistsElement(PatternElement source) => Source = source;

    /// <summary>Gets the pattern that must have at least one match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"Exists({Source})";
}
