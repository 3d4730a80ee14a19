namespace PerfDomain.Rules.RuleModel;

/// <summary>Existential quantifier: matches once when at least one fact matches <see cref="Source"/>.</summary>
public sealed class ExistsElement : RuleElement
{
    internal ExistsElement(PatternElement source) => Source = source;

    /// <summary>Gets the pattern that must have at least one match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"Exists({Source})";
}
