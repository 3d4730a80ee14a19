using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>One fact of a match: the declaration it is bound to and its value.</summary>
internal sealed class FactMatch(Declaration declaration, IFact? fact) : IFactMatch
{
    public Declaration Declaration { get; } = declaration;

    public Type Type { get; } = fact?.Type ?? declaration.Type;

    public object? Value { get; } = fact?.Value;

    public IFactSource? Source { get; } = fact?.Source;

    public override string ToString() => $"{Declaration.Name} = {Value}";
}
