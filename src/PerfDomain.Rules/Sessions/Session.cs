using System.Buffers;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.InteropServices;
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

    // Activations of branches with unique keys whose last support went away in the current operation: the only ones a
    // new match of such a branch can share its key with (the match came back within the operation).
    private readonly Dictionary<(CompiledRule Rule, Fact Fact), ActivationState> _orphans = [];
    private readonly int[] _liveByRule;
    private readonly Agenda _agenda;
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
    private ActionContext? _firingContext;

    public Session(SessionFactory factory, SessionOptions options)
    {
        _factory = factory;
        _memories = new object?[factory.NodeCount];
        _events = new EventAggregator(factory.EventAggregator);
        _agenda = new Agenda(options.ActivationComparer ?? DefaultActivationComparer.Instance);
        FiringLimit = options.FiringLimit;
        _liveByRule = new int[factory.CompiledRules.Count];
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

    public IReadOnlyList<IActivation> Agenda => _agenda.ToList();

    /// <summary>Gets the number of the current session operation.</summary>
    public long Op { get; private set; }

    internal SessionFactory Factory => _factory;

    internal IEnumerable<Fact> Facts => _facts.Values;

    /// <summary>Tells whether the rule has activations (between operations, every activation has a supporting match).</summary>
    internal bool HasActivations(CompiledRule rule) => _liveByRule[rule.Order] > 0;

    public void Insert(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        InsertAll([fact]);
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        var list = Materialize(facts);
        var duplicates = new List<object>();
        var seen = new HashSet<object>(list.Count, FactIdentityComparer.Instance);
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
            _firingContext = null;
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

            var activation = _agenda.TakeFirst();
            activation.Status = ActivationStatus.Fired;
            var (branch, token) = activation.Chosen;

            // The match is a snapshot taken before the actions run; without agenda handlers it is taken lazily, when an
            // action reads it or before the first change an action makes (see Run), which gives the same snapshot.
            var match = _events.HasAgendaHandlers ? activation.CreateMatch() : null;
            var context = new ActionContext(this, activation, match, cancellationToken);
            _firingContext = context;
            var args = match is not null ? new AgendaEventArgs(match) : null;
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
                    var failed = context.Match;
                    var error = new ActionErrorEventArgs(ex, action.Element.Expression.Expression, failed);
                    _events.RaiseActionFailed(this, error);
                    if (!error.IsHandled)
                    {
                        throw new RuleActionEvaluationException(
                            string.Create(CultureInfo.InvariantCulture, $"Rule '{activation.Rule.Name}' failed in action '{action.Element.Expression}' for {failed}: {ex.Message}"),
                            activation.Rule.Name,
                            action.Element.Expression.ToString(),
                            failed.Facts.Select(f => f.Value).ToArray(),
                            ex);
                    }

                    break;
                }
            }

            _firingContext = null;
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
        ActivationState? activation;
        if (branch.UniqueKeys)
        {
            if (_orphans.Count == 0 || !_orphans.Remove((branch.Rule, token.Fact!), out activation))
            {
                activation = new ActivationState(branch.Rule, null, ++_nextActivationId);
                _liveByRule[branch.Rule.Order]++;
            }
        }
        else if (new ActivationKey(branch.Rule, branch, token) is var key && !_activations.TryGetValue(key, out activation))
        {
            activation = new ActivationState(branch.Rule, key, ++_nextActivationId);
            _activations.Add(key, activation);
            _liveByRule[branch.Rule.Order]++;
        }

        activation.AddSupport(branch, token);
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
        if (activation.SupportCount == 1 && _events.HasAgendaHandlers)
        {
            activation.LastMatch = activation.CreateMatch();
        }

        activation.RemoveSupport(token);
        token.NodeState = null;
        if (activation.Key is null && activation.SupportCount == 0)
        {
            _orphans[(activation.CompiledRule, token.Fact!)] = activation;
        }

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
            _facts.EnsureCapacity(_facts.Count + wrappers.Length);
            Type? lastType = null;
            IRightInput[] inputs = [];
            foreach (var fact in wrappers)
            {
                _facts.Add(fact.Value!, fact);
                if (owner is not null)
                {
                    fact.LinkedOwner = owner;
                    fact.LinkedKey = linkKey;
                    (owner.Linked ??= [])[linkKey!] = fact;
                }

                if (fact.Type != lastType)
                {
                    lastType = fact.Type;
                    inputs = _factory.InputsFor(lastType);
                }

                foreach (var input in inputs)
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
        _firingContext?.Snapshot();
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
        var queued = new List<ActivationState>(_changed.Count);
        foreach (var activation in _changed)
        {
            if (activation.SupportCount == 0)
            {
                if (activation.Key is { } key)
                {
                    _activations.Remove(key);
                }

                _liveByRule[activation.RuleOrder]--;
                if (activation.Status is ActivationStatus.Pending or ActivationStatus.Fired)
                {
                    _agenda.Remove(activation);

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
            else if (activation.Touched || activation.AnyUpdatedIn(Op))
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
        _orphans.Clear();
        if (queued.Count > 1)
        {
            queued = InQueueOrder(queued);
        }

        foreach (var activation in queued)
        {
            activation.Sequence = ++_nextSequence;
            _agenda.Add(activation);
        }
    }

    /// <summary>
    /// Orders the activations queued by one operation: by rule load order, then by the recency of their facts, then by
    /// creation. A stable partition by rule, then a sort of each rule's part only when it is not already in order
    /// (facts usually arrive in insertion order).
    /// </summary>
    private List<ActivationState> InQueueOrder(List<ActivationState> queued)
    {
        foreach (var activation in queued)
        {
            activation.ComputeRecency();
        }

        var ruleCount = _factory.CompiledRules.Count;
        var starts = new int[ruleCount + 1];
        foreach (var activation in queued)
        {
            starts[activation.RuleOrder + 1]++;
        }

        for (var i = 1; i <= ruleCount; i++)
        {
            starts[i] += starts[i - 1];
        }

        var ordered = ArrayPool<ActivationState>.Shared.Rent(queued.Count);
        var next = (int[])starts.Clone();
        foreach (var activation in queued)
        {
            ordered[next[activation.RuleOrder]++] = activation;
        }

        Comparison<ActivationState> byRecency = static (a, b) =>
        {
            var byFacts = a.RecencySpan.SequenceCompareTo(b.RecencySpan);
            return byFacts != 0 ? byFacts : a.Id.CompareTo(b.Id);
        };
        for (var rule = 0; rule < ruleCount; rule++)
        {
            var start = starts[rule];
            var length = starts[rule + 1] - start;
            var sorted = true;
            for (var i = start + 1; i < start + length && sorted; i++)
            {
                sorted = byRecency(ordered[i - 1], ordered[i]) < 0;
            }

            if (!sorted)
            {
                Array.Sort(ordered, start, length, Comparer<ActivationState>.Create(byRecency));
            }
        }

        ordered.AsSpan(0, queued.Count).CopyTo(CollectionsMarshal.AsSpan(queued));
        ArrayPool<ActivationState>.Shared.Return(ordered, clearArray: true);
        return queued;
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
