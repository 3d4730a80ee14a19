using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace PerfDomain.Rules.Conformance;

/// <summary>Base of every suite: loads exactly the given rule classes and compiles them with the runtime under test.</summary>
public abstract class ConformanceTest<TRuntime>
    where TRuntime : RuntimeFixture, new()
{
    protected TRuntime Runtime { get; } = new();

    protected static IReadOnlyList<IRuleDefinition> Definitions(params Type[] ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(ruleTypes));
        var definitions = repository.GetRuleSets().SelectMany(set => set.Rules).ToList();
        Assert.Equal(ruleTypes.Length, definitions.Count);
        return definitions;
    }

    protected ISessionFactory Factory(params Type[] ruleTypes) => Runtime.Compile(Definitions(ruleTypes));

    protected ISession Session(params Type[] ruleTypes) => Factory(ruleTypes).CreateSession();

    /// <summary>Records every firing (rule name and the matched facts by declaration name) through RuleFiringEvent.</summary>
    protected static List<Firing> RecordFirings(ISession session)
    {
        var firings = new List<Firing>();
        session.Events.RuleFiringEvent += (_, e) => firings.Add(new Firing(
            e.Rule.Name,
            e.Facts.ToDictionary(f => f.Declaration.Name, f => f.Value)));
        return firings;
    }
}

public sealed record Firing(string Rule, IReadOnlyDictionary<string, object?> Facts)
{
    public T Fact<T>(string name) => (T)Facts[name]!;
}
