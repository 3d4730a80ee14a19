using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

internal sealed class FactMatch(Declaration declaration, object? value) : IFactMatch
{
    public Declaration Declaration { get; } = declaration;

    public Type Type => Declaration.Type;

    public object? Value { get; } = value;

    public override string ToString() => $"{Declaration.Name} = {Value}";
}
