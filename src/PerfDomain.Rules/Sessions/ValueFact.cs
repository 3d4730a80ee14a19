using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>A value an expression was evaluated for, as NRules' expression events report it.</summary>
internal sealed class ValueFact(object value) : IFact
{
    public Type Type { get; } = value.GetType();

    public object? Value { get; } = value;

    public IFactSource? Source => null;
}
