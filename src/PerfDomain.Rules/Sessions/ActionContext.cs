using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>The <see cref="IContext"/> of one firing.</summary>
/// <remarks>The match is a snapshot taken before the actions change anything: given, or taken on first read or by <see cref="Snapshot"/>, which the session calls before each change.</remarks>
internal sealed class ActionContext(Session session, ActivationState activation, IMatch? match, CancellationToken cancellationToken) : IContext
{
    private IMatch? _match = match;

    public IRuleDefinition Rule => activation.Rule;

    public IMatch Match => _match ??= activation.CreateMatch();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Takes the match snapshot if it was not taken yet.</summary>
    public void Snapshot() => _match ??= activation.CreateMatch();

    public void Halt() => session.Halt();

    public void Insert(object fact) => session.Insert(fact);

    public void InsertAll(IEnumerable<object> facts) => session.InsertAll(facts);

    public bool TryInsert(object fact) => session.TryInsert(fact);

    public void Update(object fact) => session.Update(fact);

    public void UpdateAll(IEnumerable<object> facts) => session.UpdateAll(facts);

    public bool TryUpdate(object fact) => session.TryUpdate(fact);

    public void Retract(object fact) => session.Retract(fact);

    public void RetractAll(IEnumerable<object> facts) => session.RetractAll(facts);

    public bool TryRetract(object fact) => session.TryRetract(fact);

    public IEnumerable<object> GetLinkedKeys() => activation.Linked?.Keys.ToArray() ?? [];

    public object? GetLinked(object key) =>
        activation.Linked is not null && activation.Linked.TryGetValue(key, out var fact) ? fact.Value : null;

    public void InsertLinked(object key, object fact) => session.InsertLinked(activation, key, fact);

    public void UpdateLinked(object key, object fact) => session.UpdateLinked(activation, key, fact);

    public void RetractLinked(object key, object fact) => session.RetractLinked(activation, key, fact);
}
