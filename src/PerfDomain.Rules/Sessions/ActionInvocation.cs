using NRules.Extensibility;
using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>One action of a firing rule, as an <see cref="IActionInterceptor"/> sees it.</summary>
internal sealed class ActionInvocation(Func<IReadOnlyList<object?>> arguments, ActionTrigger trigger, Action invoke) : IActionInvocation
{
    private IReadOnlyList<object?>? _arguments;

    public IReadOnlyList<object?> Arguments => _arguments ??= arguments();

    public ActionTrigger Trigger { get; } = trigger;

    public void Invoke() => invoke();
}
