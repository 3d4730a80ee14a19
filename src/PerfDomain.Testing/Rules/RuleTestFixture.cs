using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Runtime;
using PerfDomain.Rules.Diagnostics;

namespace PerfDomain.Testing.Rules;

/// <summary>
/// Compiles only the rules under test on the chosen runtime, records every firing and answers why-not, so
/// <see cref="PolicyRuleFixture"/> reads the same on PerfDomain.Rules and on NRules' own runtime.
/// </summary>
/// <remarks>Not thread-safe, like the session it wraps.</remarks>
internal sealed class RuleTestFixture
{
    private readonly List<IMatch> _firings = [];
    private readonly PolicyRuntime _runtime;

    public RuleTestFixture(RuleRuntime runtime, IReadOnlyCollection<Type> ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        _runtime = PolicyRuntime.Compile(runtime, repository.GetRules().ToList());
        Session = _runtime.CreateSession();
        Session.Events.RuleFiredEvent += (_, e) => _firings.Add(e.Match);
    }

    public ISession Session { get; }

    public IReadOnlyList<IMatch> Firings => _firings;

    public int Fire() => _runtime.Fire(Session);

    public WhyNotReport WhyNot(string ruleName) => _runtime.WhyNot(Session, ruleName);
}
