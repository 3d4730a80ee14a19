using NRules.Extensibility;
using NRules.RuleModel;

namespace PerfDomain.Rules.Conformance.Support;

/// <summary>Counts intercepted firings; runs the actions only when <paramref name="invoke"/> is true.</summary>
public sealed class CountingInterceptor(bool invoke) : IActionInterceptor
{
    private readonly List<string> _rules = [];

    public int Calls => _rules.Count;

    public int Invocations { get; private set; }

    public IReadOnlyList<string> Rules => _rules;

    public List<IReadOnlyList<object?>> Arguments { get; } = [];

    public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        _rules.Add(context.Rule.Name);
        foreach (var action in actions)
        {
            Invocations++;
            Arguments.Add(action.Arguments);
            if (invoke)
            {
                action.Invoke();
            }
        }
    }
}
