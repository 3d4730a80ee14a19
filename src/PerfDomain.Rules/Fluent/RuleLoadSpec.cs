using System.Reflection;
using PerfDomain.Rules.Fluent.Dsl;

namespace PerfDomain.Rules.Fluent;

internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly List<Type> _types = [];
    private readonly List<Func<IRuleMetadata, bool>> _filters = [];

    public string RuleSetName { get; private set; } = RuleRepository.DefaultRuleSetName;

    public IRuleLoadSpec From(params Assembly[] assemblies) => From((IEnumerable<Assembly>)assemblies);

    public IRuleLoadSpec From(IEnumerable<Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (var assembly in assemblies)
        {
            _types.AddRange(assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic).OrderBy(t => t.FullName, StringComparer.Ordinal));
        }

        return this;
    }

    public IRuleLoadSpec From(params Type[] types) => From((IEnumerable<Type>)types);

    public IRuleLoadSpec From(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types.AddRange(types);
        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
        return this;
    }

    public IRuleLoadSpec To(string ruleSetName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetName);
        RuleSetName = ruleSetName;
        return this;
    }

    public IEnumerable<RuleMetadata> Select() =>
        _types.Where(IsRuleType).Distinct().Select(t => new RuleMetadata(t)).Where(m => _filters.TrueForAll(f => f(m)));

    private static bool IsRuleType(Type type) =>
        typeof(Rule).IsAssignableFrom(type) && !type.IsAbstract && !type.ContainsGenericParameters;
}
