using PerfDomain.Rules.Fluent;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Tests.Support;

/// <summary>Compiles only the rules under test, opens a session and records every firing (NRules.Testing style).</summary>
public sealed class RuleHarness
{
    public RuleHarness(params Type[] ruleTypes)
        : this(SessionOptions.Default, ruleTypes)
    {
    }

    public RuleHarness(SessionOptions options, params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        Factory = repository.Compile();
        Session = Factory.CreateSession(options);
        Session.Events.RuleFiredEvent += (_, e) => Fired.Add(e.Match);
    }

    public ISessionFactory Factory { get; }

    public ISession Session { get; }

    public List<IMatch> Fired { get; } = [];

    public IEnumerable<IMatch> FiredFor<TRule>() => Fired.Where(m => m.Rule.Name == typeof(TRule).FullName);

    public int Count<TRule>() => FiredFor<TRule>().Count();

    public IEnumerable<object?> Values(IMatch match) => match.Facts.Select(f => f.Value);

    public T Single<TRule, T>() => (T)Assert.Single(FiredFor<TRule>()).Facts.Single(f => f.Value is T).Value!;
}
