using System.Diagnostics.CodeAnalysis;
using System.Buffers;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.InteropServices;
using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;
using PerfDomain.Rules.Diagnostics;
using PerfDomain.Rules.Network;

namespace PerfDomain.Rules.Sessions;

/// <summary>
/// A working memory matched incrementally against the factory's network, with NRules' observable behaviour: each
/// outside operation propagates, then settles aggregates and the agenda, then raises the events NRules raises, in
/// its order; an expression that throws is reported only once the network is consistent again.
/// </summary>
internal sealed class Session : IRuleSession
{
    private readonly SessionFactory _factory;
    private readonly object?[] _memories;
    private readonly EventAggregator _events;
    private readonly MetricsProvider _metrics;
    private readonly Dictionary<object, Fact> _facts = new(FactIdentityComparer.Instance);
    private readonly Dictionary<ActivationKey, ActivationState> _activations = [];

    // Activations of branches with unique keys whose last support went away in the current operation: the only ones a
    // new match of such a branch can share its key with (the match came back within the operation).
    private readonly Dictionary<(CompiledRule Rule, Fact Fact), ActivationState> _orphans = [];
    private readonly int[] _liveByRule;
    private readonly Agenda _agenda = new();
    private readonly List<ActivationState> _changed = [];
    private readonly PriorityQueue<(AggregateNode Node, Token Token), int> _dirty = new();
    private readonly HashSet<Token> _dirtyTokens = [];
    private readonly List<LinkedFactSet> _linkedQueue = [];
    private readonly List<Action> _deferred = [];
    private readonly Dictionary<Branch, Token> _roots = [];

    // The facts of the insert being checked for duplicates: one set for the session, emptied after each insert.
    // (Reset keeps it: it is empty between operations.)
    private readonly HashSet<object> _seen = new(FactIdentityComparer.Instance);
    private readonly bool _perAlternative;
    private long _nextFactId;
    private long _nextActivationId;
    private long _nextSequence;
    private bool _inOperation;
    private bool _active;
    private bool _firing;
    private int _firingLimit;
    private Exception? _deferredError;
    private ActionContext? _firingContext;

    public Session(SessionFactory factory, SessionOptions options, bool activate = true)
    {
        _factory = factory;
        _memories = new object?[factory.NodeCount];
        _events = new EventAggregator(factory.EventAggregator);
        _metrics = new MetricsProvider(factory.NodeCount);
        _perAlternative = !options.OrFiresOncePerFactSet;
        FiringLimit = options.FiringLimit;
        Agenda = new AgendaView(this);
        DependencyResolver = factory.DependencyResolver;
        ActionInterceptor = factory.ActionInterceptor;
        _liveByRule = new int[factory.CompiledRules.Count];
        if (activate)
        {
            Activate();
        }
    }

    public bool AutoPropagateLinkedFacts { get; set; } = true;

    /// <summary>
    /// Gets or sets whether conditions, keys and actions run inside an <see cref="EvaluationScope"/>, so that a fact can
    /// tell which facts a value it hands out was read for (a partition tracks what each match read of the date).
    /// </summary>
    internal bool TracksEvaluationScope { get; set; }

    public IAgenda Agenda { get; }

    public IEventProvider Events => _events;

    public IMetricsProvider Metrics => _metrics;

    public IDependencyResolver DependencyResolver { get; set; }

    public IActionInterceptor? ActionInterceptor { get; set; }

    public int FiringLimit
    {
        get => _firingLimit;
        set => _firingLimit = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The firing limit must be positive.");
    }

    public long Op { get; private set; }

    internal int AgendaCount => _agenda.Count;

    internal SessionFactory Factory => _factory;

    internal IEnumerable<Fact> Facts => _facts.Values;

    internal bool HasActivations(CompiledRule rule) => _liveByRule[rule.Order] > 0;

    public ReteGraph GetSchema() =>
        throw new NotSupportedException("PerfDomain.Rules does not describe its network as NRules' ReteGraph (whose constructor is not public); compile with NRules' runtime to draw the schema.");

    public void Insert(object fact) => InsertAll([fact]);

    public bool TryInsert(object fact) => TryInsertAll([fact]).FailedCount == 0;

    public void InsertAll(IEnumerable<object> facts)
    {
        var result = TryInsertAll(facts);
        if (result.FailedCount > 0)
        {
            throw FactOperationErrors.For(FactOperation.Insert, result.Failed.ToArray());
        }
    }

    public IFactResult TryInsertAll(IEnumerable<object> facts) => TryInsertAll(facts, BatchOptions.AllOrNothing);

    public IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options)
    {
        var list = Materialize(facts);
        List<object>? failed = null;
        List<object>? fresh = null;
        // A single fact cannot repeat itself; a batch checks against one set for the session, emptied fact by fact
        // afterwards (clearing the whole set would cost its capacity, grown by the largest batch, on every insert).
        var seen = list.Count > 1 ? _seen : null;
        seen?.EnsureCapacity(list.Count);
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                var fact = list[i];
                if (_facts.ContainsKey(fact) || (seen is not null && !seen.Add(fact)))
                {
                    // Only a batch with a failure needs a second list: the facts before it were all fresh.
                    fresh ??= list.GetRange(0, i);
                    (failed ??= []).Add(fact);
                }
                else
                {
                    fresh?.Add(fact);
                }
            }
        }
        finally
        {
            if (seen is not null)
            {
                foreach (var fact in list)
                {
                    seen.Remove(fact);
                }
            }
        }

        if (failed is null || options == BatchOptions.SkipFailed)
        {
            InsertCore(fresh ?? list);
            PropagateLinkedCore();
        }

        return new FactResult(failed ?? []);
    }

    public void Update(object fact) => UpdateAll([fact]);

    public bool TryUpdate(object fact) => TryUpdateAll([fact]).FailedCount == 0;

    public void UpdateAll(IEnumerable<object> facts)
    {
        var result = TryUpdateAll(facts);
        if (result.FailedCount > 0)
        {
            throw FactOperationErrors.For(FactOperation.Update, result.Failed.ToArray());
        }
    }

    public IFactResult TryUpdateAll(IEnumerable<object> facts) => TryUpdateAll(facts, BatchOptions.AllOrNothing);

    public IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options)
    {
        var list = Materialize(facts);
        var (known, failed) = Partition(list);
        if (failed.Count == 0 || options == BatchOptions.SkipFailed)
        {
            UpdateCore(known);
            PropagateLinkedCore();
        }

        return new FactResult(failed);
    }

    public void Retract(object fact) => RetractAll([fact]);

    public bool TryRetract(object fact) => TryRetractAll([fact]).FailedCount == 0;

    public void RetractAll(IEnumerable<object> facts)
    {
        var result = TryRetractAll(facts);
        if (result.FailedCount > 0)
        {
            throw FactOperationErrors.For(FactOperation.Retract, result.Failed.ToArray());
        }
    }

    public IFactResult TryRetractAll(IEnumerable<object> facts) => TryRetractAll(facts, BatchOptions.AllOrNothing);

    public IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options)
    {
        var list = Materialize(facts);
        var (known, failed) = Partition(list);
        if (failed.Count == 0 || options == BatchOptions.SkipFailed)
        {
            RetractCore(known.Select(f => _facts[f]).Distinct().ToArray());
            PropagateLinkedCore();
        }

        return new FactResult(failed);
    }

    public IEnumerable<ILinkedFactSet> PropagateLinked()
    {
        ThrowIfInOperation();
        return PropagateLinkedCore();
    }

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
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

    // NRules' ISession.Query returns an IQueryable; a session exists only through RuleCompiler.Compile, which already
    // requires dynamic and unreferenced code, so a query over it adds no requirement of its own.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Sessions come only from RuleCompiler.Compile, marked [RequiresUnreferencedCode].")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Sessions come only from RuleCompiler.Compile, marked [RequiresDynamicCode].")]
    public IQueryable<TFact> Query<TFact>() =>
        _facts.Values.Where(f => f.Value is TFact).OrderBy(f => f.Id).Select(f => (TFact)f.Value!).ToList().AsQueryable();

    public WhyNotReport WhyNot(string ruleName)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        var rule = _factory.FindRule(ruleName) ?? throw new ArgumentException($"No rule is named '{ruleName}'.", nameof(ruleName));
        return WhyNotAnalyzer.Analyze(this, rule);
    }

    internal IMatch PeekAgenda()
    {
        var next = _agenda.PeekFirst() ?? throw new InvalidOperationException("The agenda is empty.");
        return next.CreateMatch();
    }

    internal void ClearAgenda()
    {
        ThrowIfInOperation();
        foreach (var activation in _agenda.ToList())
        {
            _agenda.Remove(activation);
        }
    }

    internal Token RootOf(Branch branch) => _roots[branch];

    /// <summary>
    /// Starts matching: each branch's empty root token enters the network and meets the facts already stored. As in
    /// NRules, a session made with an initialisation action is activated only after the action ran, so facts it
    /// inserts and handlers it subscribes see the session start like any later change.
    /// </summary>
    internal void Activate()
    {
        if (_roots.Count > 0)
        {
            return;
        }

        _active = true;
        Run(() =>
        {
            foreach (var branch in _factory.CompiledRules.SelectMany(r => r.Branches))
            {
                var root = new Token(null, null);
                _roots.Add(branch, root);
                (branch.Nodes.Count > 0 ? branch.Nodes[0] : branch.Terminal).LeftAssert(this, root);
            }

            // Facts the initialisation action inserted were only stored: they enter the network now, in insertion order.
            foreach (var fact in _facts.Values.OrderBy(f => f.Id))
            {
                foreach (var input in _factory.InputsFor(fact.Type))
                {
                    input.RightAssert(this, fact);
                }
            }
        });
    }

    /// <summary>
    /// Returns the session to the state of a new session from its factory — no facts, activations or counters — while
    /// keeping the tables it grew, so that a caller evaluating batch after batch does not grow them again each time.
    /// Handlers subscribed to <see cref="Events"/> stay subscribed.
    /// </summary>
    public void Reset()
    {
        ThrowIfInOperation();
        if (_firing)
        {
            throw new InvalidOperationException("Reset cannot be called from a rule action or a firing event handler.");
        }

        for (var i = 0; i < _memories.Length; i++)
        {
            switch (_memories[i])
            {
                case JoinMemory join:
                    join.Clear();
                    break;
                case RootMemory root:
                    root.Clear();
                    break;
                default:
                    _memories[i] = null;
                    break;
            }
        }

        _facts.Clear();
        _activations.Clear();
        _orphans.Clear();
        Array.Clear(_liveByRule);
        _agenda.Clear();
        _changed.Clear();
        _dirty.Clear();
        _dirtyTokens.Clear();
        _linkedQueue.Clear();
        _deferred.Clear();
        _roots.Clear();
        _metrics.Reset();
        _nextFactId = 0;
        _nextActivationId = 0;
        _nextSequence = 0;
        _deferredError = null;
        _firingContext = null;
        Op = 0;
        if (_active)
        {
            _active = false;
            Activate();
        }
    }

    internal T Memory<T>(BetaNode node)
        where T : class =>
        (T)(_memories[node.Id] ??= node.CreateMemory()!);

    internal T? PeekMemory<T>(BetaNode node)
        where T : class =>
        _memories[node.Id] as T;

    internal bool Test(LhsPredicate predicate, Token? token, object? value)
    {
        bool result;
        try
        {
            if (TracksEvaluationScope)
            {
                EvaluationScope.Enter(token, value);
            }

            result = predicate.Invoke(token, value);
        }
        catch (Exception ex)
        {
            OnLhsFailure(predicate.Rule, predicate.Source, ex, token, value);
            return false;
        }
        finally
        {
            if (TracksEvaluationScope)
            {
                EvaluationScope.Leave();
            }
        }

        if (_events.HasLhsEvaluatedHandlers)
        {
            OnLhsEvaluated(predicate.Rule, predicate.Source, result, token, value);
        }

        return result;
    }

    internal bool Compute(LhsValue expression, Token? token, object? value, out object? result)
    {
        try
        {
            if (TracksEvaluationScope)
            {
                EvaluationScope.Enter(token, value);
            }

            result = expression.Invoke(token, value);
        }
        catch (Exception ex)
        {
            OnLhsFailure(expression.Rule, expression.Source, ex, token, value);
            result = null;
            return false;
        }
        finally
        {
            if (TracksEvaluationScope)
            {
                EvaluationScope.Leave();
            }
        }

        if (_events.HasLhsEvaluatedHandlers)
        {
            OnLhsEvaluated(expression.Rule, expression.Source, result, token, value);
        }

        return true;
    }

    /// <summary>Computes a join key as <see cref="Compute"/> computes a value: a failure is reported and gives no key.</summary>
    internal bool TryKey<TKey>(LhsKey<TKey> key, Token? token, object? value, out TKey result)
    {
        try
        {
            result = key.Invoke(token, value);
        }
        catch (Exception ex)
        {
            OnLhsFailure(key.Rule, key.Source, ex, token, value);
            result = default!;
            return false;
        }

        if (_events.HasLhsEvaluatedHandlers)
        {
            OnLhsEvaluated(key.Rule, key.Source, result, token, value);
        }

        return true;
    }

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
        else if (new ActivationKey(branch.Rule, branch, token, _perAlternative) is var key && !_activations.TryGetValue(key, out activation))
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
        if (activation.SupportCount == 1)
        {
            // What a deactivation fires with, and what the deleted event reports: the match as it was.
            activation.Frozen = activation.Chosen;
            if (_events.HasAgendaHandlers)
            {
                activation.LastMatch = activation.CreateMatch(activation.HasFired ? MatchTrigger.Removed : MatchTrigger.None);
            }

            activation.Frozen = null;
            activation.LastSupport = activation.Chosen;
        }

        activation.RemoveSupport(token);
        token.NodeState = null;
        if (activation.Key is null && activation.SupportCount == 0)
        {
            _orphans[(activation.CompiledRule, token.Fact!)] = activation;
        }

        MarkChanged(activation);
    }

    internal void QueueLinked(ActivationState activation, LinkedFactAction action, IEnumerable<KeyValuePair<object, object>> keyedFacts)
    {
        ArgumentNullException.ThrowIfNull(keyedFacts);
        // Updating or retracting a linked fact changes its handle (value, source) at once, which a match being fired
        // may show: freeze the match first. Inserting one changes nothing a match shows, and the network only changes
        // in an operation, which freezes it anyway (Run): most firings insert a linked fact and need no copy of their match.
        if (action != LinkedFactAction.Insert)
        {
            _firingContext?.Snapshot();
        }
        var set = _linkedQueue.Count > 0 && _linkedQueue[^1].Action == action ? _linkedQueue[^1] : null;
        if (set is null)
        {
            set = new LinkedFactSet(action);
            _linkedQueue.Add(set);
        }

        foreach (var (key, value) in keyedFacts.ToList())
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(value);
            switch (action)
            {
                case LinkedFactAction.Insert:
                    if (activation.Linked?.ContainsKey(key) == true)
                    {
                        throw new ArgumentException($"Rule '{activation.Rule.Name}' already has a linked fact under key '{key}'.", nameof(keyedFacts));
                    }

                    if (_facts.ContainsKey(value))
                    {
                        throw FactOperationErrors.For(FactOperation.Insert, [value]);
                    }

                    var id = ++_nextFactId;
                    var fact = new Fact(value, value.GetType(), id, id, isSynthetic: false) { LinkedOwner = activation, LinkedKey = key };
                    (activation.Linked ??= new())[key] = fact;
                    _facts.Add(value, fact);
                    set.FactList.Add(fact);
                    break;
                case LinkedFactAction.Update:
                    if (activation.Linked is null || !activation.Linked.TryGetValue(key, out var existing))
                    {
                        throw new ArgumentException($"Rule '{activation.Rule.Name}' has no linked fact under key '{key}'.", nameof(keyedFacts));
                    }

                    if (!ReferenceEquals(existing.Value, value))
                    {
                        _facts.Remove(existing.Value!);
                        _facts.Add(value, existing);
                        existing.Value = value;
                    }

                    set.FactList.Add(existing);
                    break;
                default:
                    if (!_facts.TryGetValue(value, out var linked) || linked.LinkedOwner != activation)
                    {
                        throw new ArgumentException($"Rule '{activation.Rule.Name}' has no linked fact '{value}' under key '{key}'.", nameof(keyedFacts));
                    }

                    Unlink(linked);
                    set.FactList.Add(linked);
                    break;
            }
        }
    }

    private static void Unlink(Fact fact)
    {
        if (fact.LinkedOwner is { } owner)
        {
            owner.Linked?.Remove(fact.LinkedKey!);
            fact.LinkedOwner = null;
            fact.LinkedKey = null;
        }
    }

    private static List<object> Materialize(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        // A list is only read, before anything a handler could run: no copy of a batch of facts is needed.
        var list = facts as List<object> ?? facts.ToList();
        if (list.Exists(f => f is null))
        {
            throw new ArgumentException("Facts cannot be null.", nameof(facts));
        }

        return list;
    }

    private static string[] RunawayRules(Queue<CompiledRule> recent) =>
        recent.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Order).Take(10).Select(g => g.Key.Definition.Name).ToArray();

    private (List<object> Known, List<object> Failed) Partition(List<object> list)
    {
        var known = new List<object>(list.Count);
        var failed = new List<object>();
        foreach (var fact in list)
        {
            // A linked fact belongs to the rule that yielded it: from outside it is as unknown as a fact never inserted.
            if (_facts.TryGetValue(fact, out var wrapper) && wrapper.LinkedOwner is null)
            {
                known.Add(fact);
            }
            else
            {
                failed.Add(fact);
            }
        }

        return (known, failed);
    }

    private int FireCore(int maxRulesNumber, CancellationToken cancellationToken)
    {
        var fired = 0;
        var recent = new Queue<CompiledRule>();
        while (_agenda.Count > 0 && fired < maxRulesNumber)
        {
            if (fired >= _firingLimit)
            {
                throw new FiringLimitExceededException(_firingLimit, RunawayRules(recent));
            }

            var activation = _agenda.TakeFirst();
            var trigger = activation.Trigger;
            activation.HasFired = trigger != MatchTrigger.Removed;
            activation.ChangeKeys = activation.NewChangeKeys;
            var context = new ActionContext(this, activation, _events.HasAgendaHandlers ? activation.CreateMatch() : null, cancellationToken);
            _firingContext = context;
            try
            {
                Execute(activation, trigger, context);
            }
            finally
            {
                _firingContext = null;
                fired++;
                recent.Enqueue(activation.CompiledRule);
                if (recent.Count > 1000)
                {
                    recent.Dequeue();
                }

                if (trigger == MatchTrigger.Removed)
                {
                    activation.Frozen = null;
                }

                if (AutoPropagateLinkedFacts)
                {
                    PropagateLinkedCore(report: false);
                }
            }

            if (context.IsHalted || cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return fired;
    }

    private void Execute(ActivationState activation, MatchTrigger trigger, ActionContext context)
    {
        var (branch, token) = activation.Chosen;
        var args = _events.HasAgendaHandlers ? new AgendaEventArgs(context.Match) : null;
        if (args is not null)
        {
            _events.RaiseRuleFiring(this, args);
        }

        if (ActionInterceptor is { } interceptor)
        {
            // The invocations NRules hands an interceptor exist only for it: a firing without one allocates none.
            var invocations = InvokedActions(branch, trigger).ConvertAll(action => new ActionInvocation(
                () => action.Arguments.Invoke(context, token),
                action.Trigger,
                () => Invoke(action, context, token)));
            interceptor.Intercept(context, invocations);
        }
        else
        {
            foreach (var action in branch.Actions)
            {
                if (((int)action.Trigger & (int)trigger) == 0)
                {
                    continue;
                }

                try
                {
                    Invoke(action, context, token);
                }
                catch (Exception ex)
                {
                    var expression = action.Element.Expression.Expression;
                    throw NRulesExceptions.Rhs(
                        string.Create(CultureInfo.InvariantCulture, $"Rule '{activation.Rule.Name}' failed in action '{expression}' for {context.Match}: {ex.Message}"),
                        activation.Rule.Name,
                        expression.ToString(),
                        ex);
                }
            }
        }

        if (args is not null)
        {
            _events.RaiseRuleFired(this, args);
        }
    }

    private static List<CompiledAction> InvokedActions(Branch branch, MatchTrigger trigger) =>
        branch.Actions.FindAll(a => ((int)a.Trigger & (int)trigger) != 0);

    private void Invoke(CompiledAction action, ActionContext context, Token token)
    {
        Exception? failure = null;
        try
        {
            if (TracksEvaluationScope)
            {
                EvaluationScope.Enter(token, null);
            }

            action.Execute(context, token);
        }
        catch (Exception ex)
        {
            failure = ex;
            var error = new RhsExpressionErrorEventArgs(action.Element.Expression.Expression, ex, ArgumentsOf(action, context, token), context.Match);
            _events.RaiseRhsFailed(this, error);
            if (!error.IsHandled)
            {
                throw;
            }
        }
        finally
        {
            if (TracksEvaluationScope)
            {
                EvaluationScope.Leave();
            }

            if (_events.HasRhsEvaluatedHandlers)
            {
                _events.RaiseRhsEvaluated(this, new RhsExpressionEventArgs(action.Element.Expression.Expression, failure, ArgumentsOf(action, context, token), context.Match));
            }
        }
    }

    private static object[] ArgumentsOf(CompiledAction action, ActionContext context, Token token)
    {
        try
        {
            return [context, .. action.Arguments.Invoke(context, token).Select(a => a!)];
        }
        catch (InvalidOperationException)
        {
            // A dependency that cannot be resolved: report the context alone.
            return [context];
        }
    }

    private IEnumerable<ILinkedFactSet> PropagateLinkedCore(bool report = true)
    {
        if (_linkedQueue.Count == 0)
        {
            return [];
        }

        // Only PropagateLinked's caller reads the sets: propagating after each firing keeps none.
        var sets = report ? new List<ILinkedFactSet>() : null;
        while (_linkedQueue.Count > 0)
        {
            var set = _linkedQueue[0];
            _linkedQueue.RemoveAt(0);
            sets?.Add(set);
            var facts = set.FactList.ToArray();
            switch (set.Action)
            {
                case LinkedFactAction.Insert:
                    PropagateInsert(facts);
                    break;
                case LinkedFactAction.Update:
                    PropagateUpdate(facts);
                    break;
                default:
                    PropagateRetract(facts);
                    break;
            }
        }

        return sets ?? [];
    }

    private void ThrowIfInOperation()
    {
        if (_inOperation)
        {
            throw new InvalidOperationException("A session cannot be used from an event handler or an expression while it is processing an operation.");
        }
    }

    private void InsertCore(List<object> list)
    {
        var wrappers = new Fact[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var id = ++_nextFactId;
            wrappers[i] = new Fact(list[i], list[i].GetType(), id, id, isSynthetic: false);
        }

        _facts.EnsureCapacity(_facts.Count + wrappers.Length);
        foreach (var fact in wrappers)
        {
            _facts.Add(fact.Value!, fact);
        }

        PropagateInsert(wrappers);
    }

    private void PropagateInsert(Fact[] wrappers)
    {
        RaiseFacts(FactOperation.Insert, after: false, wrappers);
        Run(wrappers, static (session, facts) => session.AssertAll(facts));
        RaiseFacts(FactOperation.Insert, after: true, wrappers);
    }

    private void AssertAll(Fact[] wrappers)
    {
        if (!_active)
        {
            return;
        }

        Type? lastType = null;
        IRightInput[] inputs = [];
        foreach (var fact in wrappers)
        {
            if (fact.Type != lastType)
            {
                lastType = fact.Type;
                inputs = _factory.InputsFor(lastType);
            }

            foreach (var input in inputs)
            {
                _metrics.Count(input.Id, FactOperation.Insert);
                input.RightAssert(this, fact);
            }
        }
    }

    private void UpdateCore(List<object> list)
    {
        var wrappers = new Fact[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var fact = _facts[list[i]];
            if (!ReferenceEquals(fact.Value, list[i]))
            {
                _facts.Remove(list[i]);
                _facts.Add(list[i], fact);
                fact.Value = list[i];
            }

            wrappers[i] = fact;
        }

        PropagateUpdate(wrappers);
    }

    private void PropagateUpdate(Fact[] wrappers)
    {
        RaiseFacts(FactOperation.Update, after: false, wrappers);
        Run(wrappers, static (session, facts) => session.ModifyAll(facts));
        RaiseFacts(FactOperation.Update, after: true, wrappers);
    }

    private void ModifyAll(Fact[] wrappers)
    {
        foreach (var fact in wrappers)
        {
            fact.UpdatedOp = Op;
            if (!_active)
            {
                continue;
            }

            foreach (var input in _factory.InputsFor(fact.Type))
            {
                _metrics.Count(input.Id, FactOperation.Update);
                input.RightModify(this, fact);
            }
        }
    }

    private void RetractCore(Fact[] wrappers) => PropagateRetract(wrappers);

    private void PropagateRetract(Fact[] wrappers)
    {
        RaiseFacts(FactOperation.Retract, after: false, wrappers);
        Run(wrappers, static (session, facts) => session.RetractFromNetwork(facts));
        RaiseFacts(FactOperation.Retract, after: true, wrappers);
    }

    private void RetractFromNetwork(Fact[] wrappers)
    {
        foreach (var fact in wrappers)
        {
            foreach (var input in _active ? _factory.InputsFor(fact.Type) : [])
            {
                _metrics.Count(input.Id, FactOperation.Retract);
                input.RightRetract(this, fact);
            }

            _facts.Remove(fact.Value!);
            Unlink(fact);
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

    private void Run(Action propagate) => Run(propagate, static (_, body) => body());

    // The state is passed rather than captured: an operation per rule firing would otherwise allocate a closure each.
    private void Run<TState>(TState state, Action<Session, TState> propagate)
    {
        ThrowIfInOperation();
        _firingContext?.Snapshot();
        _inOperation = true;
        Op++;
        try
        {
            propagate(this, state);
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

        if (_deferredError is { } error)
        {
            _deferredError = null;
            throw error;
        }
    }

    private void Settle()
    {
        while (_dirty.TryDequeue(out var item, out _))
        {
            _dirtyTokens.Remove(item.Token);
            item.Node.Flush(this, item.Token);
        }

        ReconcileAgenda();
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
                Deactivate(activation, notify, queued);
            }
            else if (activation.Status == ActivationStatus.New)
            {
                activation.Status = ActivationStatus.Pending;
                activation.Trigger = MatchTrigger.Created;
                if (Accept(activation))
                {
                    queued.Add(activation);
                }

                if (notify)
                {
                    var match = activation.CreateMatch();
                    _deferred.Add(() => _events.RaiseActivationCreated(this, new AgendaEventArgs(match)));
                }
            }
            else if (activation.Touched || activation.AnyUpdatedIn(Op))
            {
                if (activation.Rule.Repeatability == RuleRepeatability.Repeatable || !activation.HasFired)
                {
                    activation.Trigger = activation.HasFired ? MatchTrigger.Updated : MatchTrigger.Created;
                    if (Accept(activation))
                    {
                        // A pending activation keeps its place in the queue.
                        if (!activation.InAgenda)
                        {
                            queued.Add(activation);
                        }
                    }
                    else
                    {
                        _agenda.Remove(activation);
                    }
                }

                if (notify)
                {
                    var match = activation.CreateMatch();
                    _deferred.Add(() => _events.RaiseActivationUpdated(this, new AgendaEventArgs(match)));
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

    private void Deactivate(ActivationState activation, bool notify, List<ActivationState> queued)
    {
        if (activation.Key is { } key)
        {
            _activations.Remove(key);
        }

        _liveByRule[activation.RuleOrder]--;
        if (activation.Status != ActivationStatus.Pending)
        {
            activation.Status = ActivationStatus.Deleted;
            return;
        }

        // A queued reactivation becomes the deactivation where it stands: NRules keeps its place in the queue.
        var deactivation = activation.HasFired && (activation.CompiledRule.Definition.Triggers & ActionTrigger.Deactivated) != 0;
        if (!deactivation)
        {
            _agenda.Remove(activation);
        }

        if (activation.Linked is { Count: > 0 } linked)
        {
            // As NRules: the linked facts of every match that went away in one operation are retracted together.
            var set = _linkedQueue.Count > 0 && _linkedQueue[^1].Action == LinkedFactAction.Retract ? _linkedQueue[^1] : null;
            if (set is null)
            {
                set = new LinkedFactSet(LinkedFactAction.Retract);
                _linkedQueue.Add(set);
            }

            foreach (var fact in linked.Values.ToArray())
            {
                Unlink(fact);
                set.FactList.Add(fact);
            }
        }

        if (notify && activation.LastMatch is { } last)
        {
            _deferred.Add(() => _events.RaiseActivationDeleted(this, new AgendaEventArgs(last)));
        }

        activation.ChangeKeys = null;
        activation.NewChangeKeys = null;
        if (deactivation)
        {
            // NRules fires a deactivation with the match that went away, running only the Deactivated actions.
            activation.Frozen = activation.LastSupport;
            activation.Trigger = MatchTrigger.Removed;
            if (!activation.InAgenda)
            {
                queued.Add(activation);
            }
        }

        activation.Status = ActivationStatus.Deleted;
    }

    private bool Accept(ActivationState activation)
    {
        var (branch, token) = activation.Chosen;
        if (branch.Filters.Count == 0)
        {
            return true;
        }

        var initial = activation.NewChangeKeys is null;
        var keys = new List<object?>();
        foreach (var (kind, value) in branch.Filters)
        {
            object? result;
            try
            {
                result = value.Invoke(token, null);
            }
            catch (Exception ex)
            {
                var match = activation.CreateMatch();
                var error = new AgendaExpressionErrorEventArgs(value.Source, ex, [], match);
                _events.RaiseAgendaFailed(this, error);
                if (!error.IsHandled)
                {
                    _deferredError ??= NRulesExceptions.Agenda("Failed to evaluate agenda filter expression", activation.Rule.Name, value.Source.ToString(), ex);
                }

                return false;
            }

            if (_events.HasAgendaExpressionHandlers)
            {
                _events.RaiseAgendaEvaluated(this, new AgendaExpressionEventArgs(value.Source, null, [], result, activation.CreateMatch()));
            }

            if (kind == FilterType.Predicate)
            {
                if (result is not true)
                {
                    return false;
                }
            }
            else
            {
                keys.Add(result);
            }
        }

        if (keys.Count == 0)
        {
            return true;
        }

        activation.NewChangeKeys = keys.ToArray();
        if (initial)
        {
            return true;
        }

        var current = activation.ChangeKeys ?? new object?[keys.Count];
        return !current.AsSpan().SequenceEqual(activation.NewChangeKeys, EqualityComparer<object?>.Default);
    }

    private void MarkChanged(ActivationState activation)
    {
        if (!activation.Changed)
        {
            activation.Changed = true;
            _changed.Add(activation);
        }
    }

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

        // Alternatives of an Or matching the same facts queue in alternative order, as NRules propagates them; the
        // order they happened to be created in depends on which fact of the operation reached them first.
        Comparison<ActivationState> byRecency = static (a, b) =>
        {
            var byFacts = a.RecencySpan.SequenceCompareTo(b.RecencySpan);
            if (byFacts != 0)
            {
                return byFacts;
            }

            var byAlternative = a.Chosen.Branch.Index.CompareTo(b.Chosen.Branch.Index);
            return byAlternative != 0 ? byAlternative : a.Id.CompareTo(b.Id);
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

    private void OnLhsFailure(CompiledRule rule, LambdaExpression source, Exception exception, Token? token, object? value)
    {
        var args = new LhsExpressionErrorEventArgs(source, exception, [value!], new TokenTuple(token), value is null ? null : new ValueFact(value), [rule.Definition.Source]);
        _events.RaiseLhsFailed(this, args);
        if (!args.IsHandled)
        {
            _deferredError ??= NRulesExceptions.Lhs(
                string.Create(CultureInfo.InvariantCulture, $"Rule '{rule.Definition.Name}' failed evaluating '{source}' for '{value}': {exception.Message}"),
                source.ToString(),
                exception);
        }
    }

    private void OnLhsEvaluated(CompiledRule rule, LambdaExpression source, object? result, Token? token, object? value) =>
        _events.RaiseLhsEvaluated(this, new LhsExpressionEventArgs(source, null, [value!], result, new TokenTuple(token), value is null ? null : new ValueFact(value), [rule.Definition.Source]));
}
