namespace PerfDomain.Rules.Compilation;

/// <summary>Universal quantifier: every fact matching <see cref="BasePattern"/> also satisfies all <see cref="Conditions"/>.</summary>
/// <remarks>Holds vacuously when no fact matches the base pattern.</remarks>
internal sealed class ForAllElement : RuleElement
{
    internal ForAllElement(PatternElement basePattern, IReadOnlyList<ExpressionElement> conditions)
    {
        BasePattern = basePattern;
        Conditions = conditions;
    }

    /// <summary>Gets the pattern selecting the facts the conditions apply to.</summary>
    public PatternElement BasePattern { get; }

    /// <summary>Gets the conditions every fact of the base pattern must satisfy.</summary>
    public IReadOnlyList<ExpressionElement> Conditions { get; }

    /// <inheritdoc />
    public override string ToString() => $"All({BasePattern}{string.Concat(Conditions.Select(c => ", " + c))})";
}
