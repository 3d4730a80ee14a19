using NRules.RuleModel;

namespace PerfDomain.Rules.Compilation;

/// <summary>A rule's agenda filter (<c>Filter().Where</c> or <c>Filter().OnChange</c>): an expression of the rule's declarations only.</summary>
internal sealed class AgendaFilterElement(FilterType kind, ExpressionElement expression)
{
    public FilterType Kind { get; } = kind;

    public ExpressionElement Expression { get; } = expression;

    public override string ToString() => $"{Kind}({Expression})";
}
