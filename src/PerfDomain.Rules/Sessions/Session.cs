using System.Globalization;
using System.Linq.Expressions;
using PerfDomain.Rules.Diagnostics;
using PerfDomain.Rules.Network;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Sessions;

/// <summary>A working memory over the factory's network, with the agenda.</summary>
/// <remarks>
/// Every public operation is one session operation: it propagates through the network, settles the
/// aggregates, reconciles the agenda (creating, updating and deleting activations, retracting the linked
/// facts of deleted ones, until nothing changes) and only then raises the events it collected.
/// Not thread-safe.
/// </remarks>
internal sealed class Session : ISession
{
    private readonly SessionFactory _factory;
    private readonly object?[] _memories;
    private readonly EventAggregator _events;
    private readonly Dictionary<object, Fact> _facts = new(FactIdentityComparer.Instance);
    private readonly Dictionary<ActivationKey, ActivationState> _activations = [];
    private readonly SortedSet<ActivationState> _agenda;
    private readonly List<ActivationState> _changed = [];
    private readonly PriorityQueue<(AggregateNode Node, Token Token), int> _dirty = new();
    private readonly HashSet<Token> _dirtyTokens = [];
    private readonly Queue<Fact> _linkedRetractions = new();
    private readonly List<Action> _deferred = [];
    private readonly Dictionary<Branch, Token> _roots = [];
    private long _nextFactId;
    private long _nextActivationId;
    private long _nextSequence;
    private bool _inOperation;
    private bool _halted;
    private bool _firing;
    private int _firingLimit;
    private RuleLhsExpressionEvaluationException? _lhsError;

    public Session(SessionFactory factory, SessionOptions options)
    {
        _factory = factory;
        _memories = new object?[factory.NodeCount];
        _events = new EventAggregator(factory.EventAggregator);
        _agenda = new SortedSet<ActivationState>(new AgendaComparer(options.ActivationComparer ?? DefaultActivationComparer.Instance));
        FiringLimit = options.FiringLimit;
        Run(() =>
        {
            foreach (var branch in factory.CompiledRules.SelectMany(r => r.Branches))
            {
                var root = new Token(null, null);
                _roots.Add(branch, root);
                (branch.Nodes.Count > 0 ? branch.Nodes[0] : branch.Terminal).LeftAssert(this, root);
            }
        });
    }

    public IEventProvider Events => _events;

    public int FiringLimit
    {
        get => _firingLimit;
        set => _firingLimit = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The firing limit must be positive.");
    }

    public IReadOnlyList<IActivation> Agenda => _agenda.ToList<IActivation>();

    /// <summary>Gets the number of the current session operation.</summary>
    public long Op { get; private set; }

    internal SessionFactory Factory => _factory;

    internal IEnumerable<Fact> Facts => _facts.Values;

    internal IEnumerable<ActivationState> Activations => _activations.Values;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        InsertAll([fact]);
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        var list = Materialize(facts);
        var duplicates = new List<object>();
        var seen = new HashSet<object>(FactIdentityComparer.Instance);
        foreach (var fact in list)
        {
            if (_facts.ContainsKey(fact) || !seen.Add(fact))
            {
                duplicates.Add(fact);
            }
        }

        if (duplicates.Count > 0)
        {
            throw new FactOperationException(FactOperation.Insert, duplicates);
        }

        InsertCore(list, null, null);
    }

    public bool TryInsert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_facts.ContainsKey(fact))
        {
            return false;
        }

        InsertCore([fact], null, null);
        return true;
    }

    public void Update(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        UpdateAll([fact]);
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        var list = Materialize(facts);
        ThrowIfMissing(FactOperation.Update, list);
        UpdateCore(list);
    }

    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.ContainsKey(fact))
        {
            return false;
        }

        UpdateCore([fact]);
        return true;
    }

    public void Retract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        RetractAll([fact]);
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        var list = Materialize(facts);
        ThrowIfMissing(FactOperation.Retract, list);
        RetractCore(list);
    }

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!_facts.ContainsKey(fact))
        {
            return false;
        }

        RetractCore([fact]);
        return true;
    }

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRulesNumber);
        ThrowIfInOperation();
        if (_firing)
        {
            throw new InvalidOperationException("Fire cannot be called from a rule action or a firing event handler.");
        }

        _firing = true;
        try
        {
            return FireCore(maxRulesNumber, cancellationToken);
        }
        finally
        {
            _firing = false;
        }
    }

    private int FireCore(int maxRulesNumber, CancellationToken cancellationToken)
    {
        _halted = false;
        var fired = 0;
        var recent = new Queue<CompiledRule>();
        while (fired < maxRulesNumber && !_halted && !cancellationToken.IsCancellationRequested && _agenda.Count > 0)
        {
            if (fired >= _firingLimit)
            {
                throw new FiringLimitExceededException(_firingLimit, RunawayRules(recent));
            }

            var activation = _agenda.Min!;
            _agenda.Remove(activation);
            activation.InAgenda = false;
            activation.Status = ActivationStatus.Fired;
            var (branch, token) = activation.Chosen;
            var match = activation.CreateMatch();
            var context = new ActionContext(this, activation, match, cancellationToken);
            var args = _events.HasAgendaHandlers ? new AgendaEventArgs(match) : null;
            if (args is not null)
            {
                _events.RaiseRuleFiring(this, args);
            }

            foreach (var action in branch.Actions)
            {
                try
                {
                    action.Execute(context, token);
                }
                catch (Exception ex)
                {
                    var error = new ActionErrorEventArgs(ex, action.Element.Expression.Expression, match);
                    _events.RaiseActionFailed(this, error);
                    if (!error.IsHandled)
                    {
                        throw new RuleActionEvaluationException(
                            string.Create(CultureInfo.InvariantCulture, $"Rule '{activation.Rule.Name}' failed in action '{action.Element.Expression}' for {match}: {ex.Message}"),
                            activation.Rule.Name,
                            action.Element.Expression.ToString(),
                            match.Facts.Select(f => f.Value).ToArray(),
                            ex);
                    }

                    break;
                }
            }

            fired++;
            recent.Enqueue(activation.CompiledRule);
            if (recent.Count > 1000)
            {
                recent.Dequeue();
            }

            if (args is not null)
            {
                _events.RaiseRuleFired(this, args);
            }
        }

        return fired;
    }

    public IQueryable<TFact> Query<TFact>() =>
        _facts.Values.Where(f => f.Value is TFact).OrderBy(f => f.Id).Select(f => (TFact)f.Value!).ToList().AsQueryable();

    public WhyNotReport WhyNot(string ruleName)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        var rule = _factory.FindRule(ruleName) ?? throw new ArgumentException($"No rule is named '{ruleName}'.", nameof(ruleName));
        return WhyNotAnalyzer.Analyze(this, rule);
    }

    internal void Halt() => _halted = true;

    internal Token RootOf(Branch branch) => _roots[branch];

    internal T Memory<T>(BetaNode node)
        where T : class =>
        (T)(_memories[node.Id] ??= node.CreateMemory()!);

    internal T? PeekMemory<T>(BetaNode node)
        where T : class =>
        _memories[node.Id] as T;

    internal bool Test(LhsPredicate predicate, Token? token, object? value)
    {
        try
        {
            return predicate.Invoke(token, value);
        }
        catch (Exception ex)
        {
            OnLhsFailure(predicate.Rule, predicate.Source, ex, value);
            return false;
        }
    }

    internal bool Compute(LhsValue expression, Token? token, object? value, out object? result)
    {
        try
        {
            result = expression.Invoke(token, value);
            return true;
        }
        catch (Exception ex)
        {
            OnLhsFailure(expression.Rule, expression.Source, ex, value);
            result = null;
            return false;
        }
    }

    internal object Key(LhsValue expression, Token? token, object? value) =>
        Compute(expression, token, value, out var key) ? key ?? JoinMemory.NullKey : new object();

    internal Fact NewSyntheticFact(object? value, Type type, long seq) => new(value, type, ++_nextFactId, seq, isSynthetic: true);

    internal void MarkDirty(AggregateNode node, Token token)
    {
        if (_dirtyTokens.Add(token))
        {
            _dirty.Enqueue((node, token), node.Id);
        }
    }

    internal void AddSupport(Branch branch, Token token)
    {
        var key = new ActivationKey(branch.Rule, branch, token);
        if (!_activations.TryGetValue(key, out var activation))
        {
            activation = new ActivationState(key, ++_nextActivationId);
            _activations.Add(key, activation);
        }

        activation.Supports.Add((branch, token));
        token.NodeState = activation;
        MarkChanged(activation);
    }

    internal void TouchSupport(Token token)
    {
        var activation = (ActivationState)token.NodeState!;
        activation.Touched = true;
        MarkChanged(activation);
    }

    internal void RemoveSupport(Token token)
    {
        var activation = (ActivationState)token.NodeState!;
        if (activation.Supports.Count == 1 && _events.HasAgendaHandlers)
        {
            activation.LastMatch = activation.CreateMatch();
        }

        activation.Supports.RemoveAll(s => s.Token == token);
        token.NodeState = null;
        MarkChanged(activation);
    }

    private void MarkChanged(ActivationState activation)
    {
        if (!activation.Changed)
        {
            activation.Changed = true;
            _changed.Add(activation);
        }
    }

    internal void InsertLinked(ActivationState activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        if (activation.Status == ActivationStatus.Deleted)
        {
            return;
        }

        if (activation.Linked?.ContainsKey(key) == true)
        {
            throw new InvalidOperationException($"Rule '{activation.Rule.Name}' already has a linked fact under key '{key}'.");
        }

        if (_facts.ContainsKey(fact))
        {
            throw new FactOperationException(FactOperation.Insert, [fact]);
        }

        InsertCore([fact], activation, key);
    }

    internal void UpdateLinked(ActivationState activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        if (activation.Linked is null || !activation.Linked.TryGetValue(key, out var existing))
        {
            throw new InvalidOperationException($"Rule '{activation.Rule.Name}' has no linked fact under key '{key}'.");
        }

        if (FactIdentityComparer.Instance.Equals(existing.Value, fact))
        {
            UpdateCore([fact]);
            return;
        }

        RetractCore([existing.Value!]);
        InsertLinked(activation, key, fact);
    }

    internal void RetractLinked(ActivationState activation, object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        if (activation.Linked is null || !activation.Linked.TryGetValue(key, out var existing) || !FactIdentityComparer.Instance.Equals(existing.Value, fact))
        {
            throw new InvalidOperationException($"Rule '{activation.Rule.Name}' has no linked fact '{fact}' under key '{key}'.");
        }

        RetractCore([existing.Value!]);
    }

    private static List<object> Materialize(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.ToList();
        if (list.Exists(f => f is null))
        {
            throw new ArgumentException("Facts cannot be null.", nameof(facts));
        }

        return list;
    }

    private static string[] RunawayRules(Queue<CompiledRule> recent) =>
        recent.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Order).Take(10).Select(g => g.Key.Definition.Name).ToArray();

    private void ThrowIfMissing(FactOperation operation, List<object> list)
    {
        var missing = list.FindAll(f => !_facts.ContainsKey(f));
        if (missing.Count > 0)
        {
            throw new FactOperationException(operation, missing);
        }
    }

    private void ThrowIfInOperation()
    {
        if (_inOperation)
        {
            throw new InvalidOperationException("A session cannot be used from an event handler or an expression while it is processing an operation.");
        }
    }

    private void InsertCore(IReadOnlyList<object> list, ActivationState? owner, object? linkKey)
    {
        var wrappers = new Fact[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var id = ++_nextFactId;
            wrappers[i] = new Fact(list[i], list[i].GetType(), id, id, isSynthetic: false);
        }

        RaiseFacts(FactOperation.Insert, after: false, wrappers);
        Run(() =>
        {
            foreach (var fact in wrappers)
            {
                _facts.Add(fact.Value!, fact);
                if (owner is not null)
                {
                    fact.LinkedOwner = owner;
                    fact.LinkedKey = linkKey;
                    (owner.Linked ??= [])[linkKey!] = fact;
                }

                foreach (var input in _factory.InputsFor(fact.Type))
                {
                    input.RightAssert(this, fact);
                }
            }
        });
        RaiseFacts(FactOperation.Insert, after: true, wrappers);
    }

    private void UpdateCore(IReadOnlyList<object> list)
    {
        var wrappers = list.Select(f => _facts[f]).ToArray();
        RaiseFacts(FactOperation.Update, after: false, wrappers);
        Run(() =>
        {
            for (var i = 0; i < wrappers.Length; i++)
            {
                var fact = wrappers[i];
                _facts.Remove(list[i]);
                _facts.Add(list[i], fact);
                fact.Value = list[i];
                fact.UpdatedOp = Op;
                foreach (var input in _factory.InputsFor(fact.Type))
                {
                    input.RightModify(this, fact);
                }
            }
        });
        RaiseFacts(FactOperation.Update, after: true, wrappers);
    }

    private void RetractCore(IReadOnlyList<object> list)
    {
        var wrappers = list.Select(f => _facts[f]).Distinct().ToArray();
        RaiseFacts(FactOperation.Retract, after: false, wrappers);
        Run(() =>
        {
            foreach (var fact in wrappers)
            {
                RetractFact(fact);
            }
        });
        RaiseFacts(FactOperation.Retract, after: true, wrappers);
    }

    private void RetractFact(Fact fact)
    {
        _facts.Remove(fact.Value!);
        if (fact.LinkedOwner is { } owner)
        {
            owner.Linked?.Remove(fact.LinkedKey!);
            fact.LinkedOwner = null;
        }

        foreach (var input in _factory.InputsFor(fact.Type))
        {
            input.RightRetract(this, fact);
        }
    }

    private void RaiseFacts(FactOperation operation, bool after, Fact[] facts)
    {
        if (!_events.HasFactHandlers)
        {
            return;
        }

        foreach (var fact in facts)
        {
            _events.RaiseFact(this, operation, after, fact);
        }
    }

    private void Run(Action propagate)
    {
        ThrowIfInOperation();
        _inOperation = true;
        Op++;
        try
        {
            propagate();
            Settle();
        }
        finally
        {
            _inOperation = false;
        }

        if (_deferred.Count > 0)
        {
            var deferred = _deferred.ToArray();
            _deferred.Clear();
            foreach (var raise in deferred)
            {
                raise();
            }
        }

        if (_lhsError is { } error)
        {
            _lhsError = null;
            throw error;
        }
    }

    private void Settle()
    {
        while (true)
        {
            while (_dirty.TryDequeue(out var item, out _))
            {
                _dirtyTokens.Remove(item.Token);
                item.Node.Flush(this, item.Token);
            }

            ReconcileAgenda();
            if (_linkedRetractions.Count == 0)
            {
                return;
            }

            while (_linkedRetractions.TryDequeue(out var fact))
            {
                if (fact.Value is not null && _facts.TryGetValue(fact.Value, out var current) && current == fact)
                {
                    if (_events.HasFactHandlers)
                    {
                        _deferred.Add(() => _events.RaiseFact(this, FactOperation.Retract, after: false, fact));
                        _deferred.Add(() => _events.RaiseFact(this, FactOperation.Retract, after: true, fact));
                    }

                    RetractFact(fact);
                }
            }
        }
    }

    private void ReconcileAgenda()
    {
        if (_changed.Count == 0)
        {
            return;
        }

        var notify = _events.HasAgendaHandlers;
        var queued = new List<ActivationState>();
        foreach (var activation in _changed)
        {
            if (activation.Supports.Count == 0)
            {
                _activations.Remove(activation.Key);
                if (activation.Status is ActivationStatus.Pending or ActivationStatus.Fired)
                {
                    if (activation.InAgenda)
                    {
                        _agenda.Remove(activation);
                        activation.InAgenda = false;
                    }

                    if (activation.Linked is { Count: > 0 } linked)
                    {
                        foreach (var fact in linked.Values)
                        {
                            fact.LinkedOwner = null;
                            _linkedRetractions.Enqueue(fact);
                        }
                    }

                    activation.Linked = null;
                    if (notify && activation.LastMatch is { } last)
                    {
                        _deferred.Add(() => _events.RaiseActivationDeleted(this, new AgendaEventArgs(last)));
                    }
                }

                activation.Status = ActivationStatus.Deleted;
            }
            else if (activation.Status == ActivationStatus.New)
            {
                activation.Status = ActivationStatus.Pending;
                queued.Add(activation);
                if (notify)
                {
                    var match = activation.CreateMatch();
                    _deferred.Add(() => _events.RaiseActivationCreated(this, new AgendaEventArgs(match)));
                }
            }
            else if (activation.Touched || activation.Key.AnyUpdatedIn(Op))
            {
                if (notify)
                {
                    var match = activation.CreateMatch();
                    _deferred.Add(() => _events.RaiseActivationUpdated(this, new AgendaEventArgs(match)));
                }

                if (activation.Status == ActivationStatus.Fired && activation.Rule.Repeatability == RuleRepeatability.Repeatable)
                {
                    activation.Status = ActivationStatus.Pending;
                    queued.Add(activation);
                }
            }

            activation.Touched = false;
            activation.Changed = false;
        }

        _changed.Clear();
        if (queued.Count > 1)
        {
            foreach (var activation in queued)
            {
                activation.RecencyVector = activation.Recency();
            }

            Comparison<ActivationState> order = static (a, b) =>
            {
                var byRule = a.RuleOrder.CompareTo(b.RuleOrder);
                if (byRule != 0)
                {
                    return byRule;
                }

                var byRecency = a.RecencyVector.AsSpan().SequenceCompareTo(b.RecencyVector);
                return byRecency != 0 ? byRecency : a.Id.CompareTo(b.Id);
            };
            var sorted = true;
            for (var i = 1; i < queued.Count && sorted; i++)
            {
                sorted = order(queued[i - 1], queued[i]) < 0;
            }

            if (!sorted)
            {
                queued.Sort(order);
            }
        }

        foreach (var activation in queued)
        {
            activation.Sequence = ++_nextSequence;
            _agenda.Add(activation);
            activation.InAgenda = true;
        }
    }

    private void OnLhsFailure(CompiledRule rule, LambdaExpression source, Exception exception, object? value)
    {
        var args = new LhsExpressionErrorEventArgs(exception, source, rule.Definition, value);
        _events.RaiseLhsExpressionFailed(this, args);
        if (!args.IsHandled)
        {
            _lhsError ??= new RuleLhsExpressionEvaluationException(
                string.Create(CultureInfo.InvariantCulture, $"Rule '{rule.Definition.Name}' failed evaluating '{source}' for '{value}': {exception.Message}"),
                rule.Definition.Name,
                source.ToString(),
                exception);
        }
    }
}
