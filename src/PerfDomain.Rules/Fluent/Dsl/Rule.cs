using System.Reflection;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Fluent.Dsl;

/// <summary>
/// Base class of a rule written in the fluent DSL: override <see cref="Define"/> and describe the conditions
/// with <see cref="When"/> and the actions with <see cref="Then"/>.
/// </summary>
/// <remarks>An instance is used once, to build the rule model; it is not thread-safe.</remarks>
public abstract class Rule
{
    private RuleBuilderState? _state;

    /// <summary>Defines the rule by calling <see cref="When"/> and <see cref="Then"/>.</summary>
    public abstract void Define();

    /// <summary>Starts (or continues) the rule's conditions.</summary>
    /// <returns>The left-hand-side builder.</returns>
    protected ILeftHandSideExpression When() => new LeftHandSideBuilder(State, State.Root);

    /// <summary>Starts (or continues) the rule's actions.</summary>
    /// <returns>The right-hand-side builder.</returns>
    protected IRightHandSideExpression Then() => new RightHandSideBuilder(State);

    internal IRuleDefinition BuildDefinition(string? name = null, int? priority = null, RuleRepeatability? repeatability = null)
    {
        _state = new RuleBuilderState();
        Define();
        var type = GetType();
        var lhs = (AndElement)_state.Root.Build();
        return new RuleDefinition(
            name ?? type.GetCustomAttribute<NameAttribute>()?.Value ?? type.FullName ?? type.Name,
            type.GetCustomAttribute<DescriptionAttribute>()?.Value ?? string.Empty,
            priority ?? type.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0,
            repeatability ?? type.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable,
            type.GetCustomAttributes<TagAttribute>().Select(t => t.Value).ToArray(),
            lhs,
            _state.Actions.ToArray());
    }

    private RuleBuilderState State => _state ??= new RuleBuilderState();
}
