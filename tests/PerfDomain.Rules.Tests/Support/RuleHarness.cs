using NRules.Fluent;

namespace PerfDomain.Rules.Tests.Support;

/// <summary>Compiles only the rules under test with PerfDomain's runtime, opens a session and records every firing.</summary>
public sealed class RuleHarness
{
    public RuleHarness(params Type[] ruleTypes)
        : this(SessionOptions.Default, ruleTypes)
    {
    }

    public RuleHarness(SessionOptions options, params Type[] ruleTypes)
    {
        Factory = new RuleCompiler(options).Compile(Definitions(ruleTypes));
        Session = Factory.CreateSession(options);
        Session.Events.RuleFiredEvent += (_, e) => Fired.Add(new Firing(e.Rule.Name, e.Facts.ToList()));
    }

    public IRuleSessionFactory Factory { get; }

    public IRuleSession Session { get; }

    public List<Firing> Fired { get; } = [];

    /// <summary>Loads exactly the given rule classes; the test rules are nested in their test classes, which NRules skips unless asked.</summary>
    public static IReadOnlyList<NRules.RuleModel.IRuleDefinition> Definitions(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type(ruleTypes).NestedTypes()));
        var definitions = repository.GetRuleSets().SelectMany(set => set.Rules).ToList();
        Assert.Equal(ruleTypes.Length, definitions.Count);
        return definitions;
    }

    public IEnumerable<Firing> FiredFor<TRule>() => Fired.Where(m => m.Rule == typeof(TRule).FullName);

    public int Count<TRule>() => FiredFor<TRule>().Count();

    public T Single<TRule, T>() => (T)Assert.Single(FiredFor<TRule>()).Facts.Single(f => f.Value is T).Value!;
}
