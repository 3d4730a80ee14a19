using System.Collections.Concurrent;
using PerfDomain.Rules.Network;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>The compiled network; creates sessions.</summary>
/// <remarks>Immutable after construction (the type-dispatch cache is concurrent); thread-safe.</remarks>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly IRightInput[] _rightInputs;
    private readonly ConcurrentDictionary<Type, IRightInput[]> _dispatch = new();
    private readonly Dictionary<string, CompiledRule> _byName;

    public SessionFactory(IReadOnlyList<IRuleDefinition> rules)
    {
        var network = ReteBuilder.Build(rules);
        Rules = rules;
        CompiledRules = network.Rules;
        _rightInputs = network.RightInputs.ToArray();
        NodeCount = network.NodeCount;
        _byName = CompiledRules.ToDictionary(r => r.Definition.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<IRuleDefinition> Rules { get; }

    public IReadOnlyList<CompiledRule> CompiledRules { get; }

    public int NodeCount { get; }

    public EventAggregator EventAggregator { get; } = new(null);

    public IEventProvider Events => EventAggregator;

    public ISession CreateSession() => new Session(this, SessionOptions.Default);

    public ISession CreateSession(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Session(this, options);
    }

    public IRightInput[] InputsFor(Type type) =>
        _dispatch.GetOrAdd(type, static (t, inputs) => Array.FindAll(inputs, i => i.FactType.IsAssignableFrom(t)), _rightInputs);

    public CompiledRule? FindRule(string name) => _byName.GetValueOrDefault(name);
}
