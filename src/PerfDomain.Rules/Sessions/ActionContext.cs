using NRules;
using NRules.Extensibility;
using NRules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>What a rule's actions see while it fires: NRules' <see cref="IContext"/>.</summary>
internal sealed class ActionContext(Session session, ActivationState activation, IMatch? match, CancellationToken cancellationToken) : IContext, IResolutionContext
{
    private IMatch? _match = match;

    public IRuleDefinition Rule => activation.Rule;

    public IMatch Match => _match ??= activation.CreateMatch();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public bool IsHalted { get; private set; }

    ISession IResolutionContext.Session => session;

    public void Snapshot() => _match ??= activation.CreateMatch();

    public void Halt() => IsHalted = true;

    public void Insert(object fact) => session.Insert(fact);

    public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

    public bool TryInsert(object fact) => session.TryInsert(fact);

    public void Update(object fact) => session.Update(fact);

    public void UpdateAll(IEnumerable<object> facts) => session.UpdateAll(facts);

    public bool TryUpdate(object fact) => session.TryUpdate(fact);

    public void Retract(object fact) => session.Retract(fact);

    public void RetractAll(IEnumerable<object> facts) => session.RetractAll(facts);

    public bool TryRetract(object fact) => session.TryRetract(fact);

    public IReadOnlyCollection<object> GetLinkedKeys() => activation.Linked?.Keys.ToArray() ?? [];

    public object? GetLinked(object key) =>
        activation.Linked is not null && activation.Linked.TryGetValue(key, out var fact) ? fact.Value : null;

    public void InsertLinked(object key, object fact) => session.QueueLinked(activation, LinkedFactAction.Insert, [new(key, fact)]);

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => session.QueueLinked(activation, LinkedFactAction.Insert, keyedFacts);

    public void UpdateLinked(object key, object fact) => session.QueueLinked(activation, LinkedFactAction.Update, [new(key, fact)]);

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => session.QueueLinked(activation, LinkedFactAction.Update, keyedFacts);

    public void RetractLinked(object key, object fact) => session.QueueLinked(activation, LinkedFactAction.Retract, [new(key, fact)]);

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => session.QueueLinked(activation, LinkedFactAction.Retract, keyedFacts);

    public object Resolve(Type serviceType) => session.DependencyResolver.Resolve(this, serviceType);
}
