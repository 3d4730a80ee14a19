using System.Diagnostics.CodeAnalysis;
using System.Collections.Concurrent;
using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using PerfDomain.Rules.Compilation;
using PerfDomain.Rules.Network;
using N = NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

internal sealed class SessionFactory : IRuleSessionFactory
{
    private readonly IRightInput[] _rightInputs;
    private readonly ConcurrentDictionary<Type, IRightInput[]> _dispatch = new();
    private readonly Dictionary<string, CompiledRule> _byName;

    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    public SessionFactory(IReadOnlyList<N.IRuleDefinition> sources, IReadOnlyList<RuleDefinition> rules, SessionOptions options)
    {
        var network = ReteBuilder.Build(rules);
        Rules = sources;
        Options = options;
        CompiledRules = network.Rules;
        _rightInputs = network.RightInputs.ToArray();
        NodeCount = network.NodeCount;
        _byName = CompiledRules.ToDictionary(r => r.Definition.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<N.IRuleDefinition> Rules { get; }

    public SessionOptions Options { get; }

    public IReadOnlyList<CompiledRule> CompiledRules { get; }

    public int NodeCount { get; }

    public EventAggregator EventAggregator { get; } = new(null);

    public IEventProvider Events => EventAggregator;

    public IDependencyResolver DependencyResolver { get; set; } = MissingDependencyResolver.Instance;

    public IActionInterceptor? ActionInterceptor { get; set; }

    public ISession CreateSession() => new Session(this, Options);

    public ISession CreateSession(Action<ISession> initializationAction)
    {
        ArgumentNullException.ThrowIfNull(initializationAction);
        var session = new Session(this, Options, activate: false);
        initializationAction(session);
        session.Activate();
        return session;
    }

    public IRuleSession CreateSession(SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Session(this, options);
    }

    public ReteGraph GetSchema() =>
        throw new NotSupportedException("PerfDomain.Rules does not describe its network as NRules' ReteGraph (whose constructor is not public); compile with NRules' runtime to draw the schema.");

    public IRightInput[] InputsFor(Type type) =>
        _dispatch.GetOrAdd(type, static (t, inputs) => Array.FindAll(inputs, i => i.FactType.IsAssignableFrom(t)), _rightInputs);

    public CompiledRule? FindRule(string name) => _byName.GetValueOrDefault(name);
}
