using System.Collections;
using PerfDomain.Rules.Compilation;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Network;

/// <summary>
/// A query: for each partial match, the facts of the source pattern that match it, run through the query's
/// steps. Results are recomputed once per session operation for each partial match whose inputs changed,
/// and compared with the previous results so that only new, changed and removed results propagate.
/// </summary>
internal sealed class AggregateNode(
    int id,
    Branch branch,
    int index,
    Type factType,
    LhsPredicate[] alphaConditions,
    EqualityJoin? join,
    LhsPredicate[] joinConditions,
    QueryPlan plan)
    : JoinLikeNode(id, branch, index, factType, alphaConditions, join, joinConditions)
{
    private static readonly object CollectKey = new();

    public QueryPlan Plan { get; } = plan;

    public override IEnumerable<Token> Outputs(Token input) =>
        input.NodeState is LeftState { Extra: AggregateState aggregate } ? aggregate.Results.Values.Select(r => r.Child) : [];

    public void Flush(Session session, Token token)
    {
        if (token.NodeState is not LeftState { Extra: AggregateState aggregate } state)
        {
            return;
        }

        if (!Plan.FullRecompute)
        {
            FlushGroups(session, token, state, aggregate);
            return;
        }

        var produced = Produce(session, token, state);
        var keys = new HashSet<object>(produced.Select(p => p.Key));
        foreach (var (key, entry) in aggregate.Results.ToArray())
        {
            if (!keys.Contains(key))
            {
                aggregate.Results.Remove(key);
                Child.LeftRetract(session, entry.Child);
            }
        }

        foreach (var item in produced)
        {
            if (aggregate.Results.TryGetValue(item.Key, out var entry))
            {
                var changed = aggregate.ParentModified
                    || !entry.Sources.AsSpan().SequenceEqual(item.Sources)
                    || Array.Exists(item.Sources, s => s.UpdatedOp == session.Op);
                if (changed)
                {
                    var fact = entry.Child.Fact!;
                    if (fact.IsSynthetic)
                    {
                        fact.Value = item.Value;
                        fact.Seq = item.Recency;
                        fact.UpdatedOp = session.Op;
                    }

                    entry.Sources = item.Sources;
                    Child.LeftModify(session, entry.Child);
                }
            }
            else
            {
                var fact = item.Raw ?? session.NewSyntheticFact(item.Value, Plan.ResultType, item.Recency);
                var child = new Token(token, fact);
                aggregate.Results.Add(item.Key, new ResultEntry(child, item.Sources));
                Child.LeftAssert(session, child);
            }
        }

        aggregate.ParentModified = false;
    }

    protected override void OnLeftAssert(Session session, Token token, LeftState state)
    {
        state.Extra = session.PeekMemory<JoinMemory>(this) is { } memory ? memory.RentExtra<AggregateState>() : new AggregateState();
        session.MarkDirty(this, token);
    }

    protected override void OnLeftModify(Session session, Token token, LeftState state, List<(Fact Fact, Token? Child)> removed, List<Fact> kept, HashSet<Fact> added)
    {
        ((AggregateState)state.Extra!).ParentModified = true;
        session.MarkDirty(this, token);
    }

    protected override void OnLeftRetract(Session session, Token token, LeftState state)
    {
        var aggregate = (AggregateState)state.Extra!;
        foreach (var entry in aggregate.Results.Values)
        {
            Child.LeftRetract(session, entry.Child);
        }

        aggregate.Results.Clear();
        state.Extra = null;
    }

    protected override void OnMatchAdded(Session session, Token token, LeftState state, Fact fact) => Touch(session, token, state, fact);

    protected override void OnMatchRemoved(Session session, Token token, LeftState state, Fact fact, Token? child) => Touch(session, token, state, fact);

    protected override void OnMatchModified(Session session, Token token, LeftState state, Fact fact) => Touch(session, token, state, fact);

    private void Touch(Session session, Token token, LeftState state, Fact fact)
    {
        if (!Plan.FullRecompute)
        {
            ((AggregateState)state.Extra!).Dirty.Add(fact);
        }

        session.MarkDirty(this, token);
    }

    /// <summary>
    /// Per-element queries and GroupBy: re-evaluates only the source facts that changed since the last flush
    /// (all of them when the partial match itself changed) and rebuilds only the groups they belong to. A group keeps
    /// its members and their elements in fact recency order, so rebuilding its value is one copy; a group counts as
    /// changed when a fact joined or left it, or one of its facts was updated in this operation.
    /// </summary>
    private void FlushGroups(Session session, Token token, LeftState state, AggregateState aggregate)
    {
        var full = aggregate.ParentModified || !aggregate.Initialized;
        var touched = new HashSet<object>();
        var changedBuckets = new HashSet<object>();
        IEnumerable<Fact> changed;
        if (full)
        {
            touched.UnionWith(aggregate.Results.Keys);
            aggregate.Elements.Clear();
            aggregate.Groups.Clear();
            changed = state.MatchedFacts;
        }
        else
        {
            changed = aggregate.Dirty;
        }

        foreach (var fact in changed)
        {
            object? oldBucket = null;
            if (aggregate.Elements.Remove(fact, out var old))
            {
                oldBucket = old.Bucket;
                var members = aggregate.Groups[old.Bucket];
                members.Remove(fact);
                if (members.Count == 0)
                {
                    aggregate.Groups.Remove(old.Bucket);
                }

                touched.Add(old.Bucket);
            }

            object? newBucket = null;
            if (state.MatchCount > 0 && state.Matches.ContainsKey(fact) && Apply(session, token, Plan.PreSteps, fact.Value, out var value))
            {
                object bucket = fact;
                object? key = null;
                var element = value;
                var ok = true;
                if (Plan.Aggregate == QueryStepKind.GroupBy)
                {
                    ok = session.Compute(Plan.GroupKey!, token, value, out key)
                        && (Plan.GroupElement is null || session.Compute(Plan.GroupElement, token, value, out element));
                    bucket = key ?? JoinMemory.NullKey;
                }

                if (ok)
                {
                    newBucket = bucket;
                    aggregate.Elements.Add(fact, new Element(bucket, key, element));
                    if (!aggregate.Groups.TryGetValue(bucket, out var group))
                    {
                        group = new GroupMembers();
                        aggregate.Groups.Add(bucket, group);
                    }

                    group.Add(fact, element);
                    touched.Add(bucket);
                }
            }

            var sameBucket = oldBucket is not null && newBucket is not null && Equals(oldBucket, newBucket)
                && ReferenceEquals(aggregate.Groups.Comparer, EqualityComparer<object>.Default);
            if (sameBucket)
            {
                if (fact.UpdatedOp == session.Op)
                {
                    changedBuckets.Add(newBucket!);
                }
            }
            else
            {
                if (oldBucket is not null)
                {
                    changedBuckets.Add(oldBucket);
                }

                if (newBucket is not null)
                {
                    changedBuckets.Add(newBucket);
                }
            }
        }

        aggregate.Dirty.Clear();
        aggregate.Initialized = true;
        var ordered = touched
            .Select(b => (Bucket: b, Members: aggregate.Groups.GetValueOrDefault(b)))
            .OrderBy(g => g.Members is null ? 0 : 1)
            .ThenBy(g => g.Members?.First.Seq ?? 0)
            .ToList();
        foreach (var (bucket, members) in ordered)
        {
            object? value = null;
            var passes = members is not null;
            if (passes)
            {
                if (Plan.Aggregate == QueryStepKind.GroupBy)
                {
                    var items = Plan.Factory!.NewList(members!.Count);
                    foreach (var item in members.Values)
                    {
                        items.Add(item);
                    }

                    value = Plan.Factory.NewGroup(aggregate.Elements[members.First].Key, items);
                    passes = Apply(session, token, Plan.PostSteps, value, out value);
                }
                else
                {
                    value = members!.Values[0];
                }
            }

            if (!passes)
            {
                if (aggregate.Results.Remove(bucket, out var removed))
                {
                    Child.LeftRetract(session, removed.Child);
                }

                continue;
            }

            var first = members!.First;
            var recency = first.Seq;
            if (aggregate.Results.TryGetValue(bucket, out var entry))
            {
                if (aggregate.ParentModified || changedBuckets.Contains(bucket))
                {
                    var fact = entry.Child.Fact!;
                    if (fact.IsSynthetic)
                    {
                        fact.Value = value;
                        fact.Seq = recency;
                        fact.UpdatedOp = session.Op;
                    }

                    Child.LeftModify(session, entry.Child);
                }
            }
            else
            {
                var fact = Plan.ResultsAreFacts ? first : session.NewSyntheticFact(value, Plan.ResultType, recency);
                var child = new Token(token, fact);
                aggregate.Results.Add(bucket, new ResultEntry(child, []));
                Child.LeftAssert(session, child);
            }
        }

        aggregate.ParentModified = false;
    }

    private List<Produced> Produce(Session session, Token token, LeftState state)
    {
        var elements = new List<(Fact Source, object? Value)>();
        var values = Plan.HasFlatten ? new List<object?>() : null;
        foreach (var fact in state.MatchedFacts.OrderBy(f => f.Seq))
        {
            if (values is not null)
            {
                values.Clear();
                ApplyMany(session, token, Plan.PreSteps, 0, fact.Value, values);
                elements.AddRange(values.Select(v => (fact, v)));
            }
            else if (Apply(session, token, Plan.PreSteps, fact.Value, out var value))
            {
                elements.Add((fact, value));
            }
        }

        var produced = new List<Produced>();
        switch (Plan.Aggregate)
        {
            case null:
                Fact? previous = null;
                var position = 0;
                foreach (var (source, value) in elements)
                {
                    // A flattened fact yields several results: each is keyed by the fact and its position in the sequence.
                    position = source == previous ? position + 1 : 0;
                    previous = source;
                    object key = Plan.HasFlatten ? (source, position) : source;
                    produced.Add(new Produced(key, value, source.Seq, [source], Plan.ResultsAreFacts ? source : null));
                }

                return produced;
            case QueryStepKind.Collect:
                var list = Plan.Factory!.NewList();
                foreach (var (_, value) in elements)
                {
                    list.Add(value);
                }

                produced.Add(new Produced(
                    CollectKey,
                    Plan.Shape is { } shape ? shape.Apply(list) : list,
                    elements.Count == 0 ? 0 : elements[0].Source.Seq,
                    elements.Select(e => e.Source).Distinct().ToArray(),
                    null));
                break;
            default:
                var groups = new Dictionary<object, (object? Key, IList Items, List<Fact> Sources)>();
                var order = new List<object>();
                foreach (var (source, value) in elements)
                {
                    if (!session.Compute(Plan.GroupKey!, token, value, out var key))
                    {
                        continue;
                    }

                    var element = value;
                    if (Plan.GroupElement is not null && !session.Compute(Plan.GroupElement, token, value, out element))
                    {
                        continue;
                    }

                    var bucket = key ?? JoinMemory.NullKey;
                    if (!groups.TryGetValue(bucket, out var group))
                    {
                        group = (key, Plan.Factory!.NewList(), []);
                        groups.Add(bucket, group);
                        order.Add(bucket);
                    }

                    group.Items.Add(element);
                    group.Sources.Add(source);
                }

                foreach (var bucket in order)
                {
                    var group = groups[bucket];
                    produced.Add(new Produced(bucket, Plan.Factory!.NewGroup(group.Key, group.Items), group.Sources[0].Seq, group.Sources.ToArray(), null));
                }

                break;
        }

        if (Plan.PostSteps.Count == 0)
        {
            return produced;
        }

        var kept = new List<Produced>(produced.Count);
        foreach (var item in produced)
        {
            if (Apply(session, token, Plan.PostSteps, item.Value, out var value))
            {
                kept.Add(item with { Value = value });
            }
        }

        return kept;
    }

    private static bool Apply(Session session, Token token, List<QueryStage> stages, object? input, out object? value)
    {
        value = input;
        foreach (var stage in stages)
        {
            if (stage.Where is not null)
            {
                if (!session.Test(stage.Where, token, value))
                {
                    return false;
                }
            }
            else if (!session.Compute(stage.Select!, token, value, out value))
            {
                return false;
            }
        }

        return true;
    }

    private static void ApplyMany(Session session, Token token, List<QueryStage> stages, int from, object? input, List<object?> output)
    {
        var value = input;
        for (var i = from; i < stages.Count; i++)
        {
            var stage = stages[i];
            if (stage.Where is not null)
            {
                if (!session.Test(stage.Where, token, value))
                {
                    return;
                }
            }
            else if (!session.Compute(stage.Select!, token, value, out value))
            {
                return;
            }
            else if (stage.Flatten)
            {
                if (value is IEnumerable many)
                {
                    foreach (var item in many)
                    {
                        ApplyMany(session, token, stages, i + 1, item, output);
                    }
                }

                return;
            }
        }

        output.Add(value);
    }

    private sealed record Produced(object Key, object? Value, long Recency, Fact[] Sources, Fact? Raw);

    private sealed class ResultEntry(Token child, Fact[] sources)
    {
        public Token Child { get; } = child;

        public Fact[] Sources { get; set; } = sources;
    }

    private sealed class AggregateState : IReusableState
    {
        public Dictionary<object, ResultEntry> Results { get; } = [];

        public bool ParentModified { get; set; }

        public bool Initialized { get; set; }

        private HashSet<Fact>? _dirty;
        private Dictionary<Fact, Element>? _elements;
        private Dictionary<object, GroupMembers>? _groups;

        /// <summary>Gets the source facts added, removed or modified since the last flush (GroupBy and per-element queries).</summary>
        public HashSet<Fact> Dirty => _dirty ??= [];

        /// <summary>Gets each source fact's evaluated element (GroupBy and per-element queries).</summary>
        public Dictionary<Fact, Element> Elements => _elements ??= [];

        /// <summary>Gets the members of each group (per-element queries: one group per fact), in fact recency order.</summary>
        public Dictionary<object, GroupMembers> Groups => _groups ??= [];

        public void Clear()
        {
            Results.Clear();
            (ParentModified, Initialized) = (false, false);
            _dirty?.Clear();
            _elements?.Clear();
            _groups?.Clear();
        }
    }

    private readonly record struct Element(object Bucket, object? Key, object? Value);

    /// <summary>A group's source facts and their elements, in fact recency order.</summary>
    private sealed class GroupMembers
    {
        private readonly List<Fact> _facts = [];

        public List<object?> Values { get; } = [];

        public int Count => _facts.Count;

        public Fact First => _facts[0];

        public void Add(Fact fact, object? value)
        {
            var index = _facts.Count == 0 || Compare(_facts[^1], fact) < 0 ? _facts.Count : ~_facts.BinarySearch(fact, FactRecencyComparer.Instance);
            _facts.Insert(index, fact);
            Values.Insert(index, value);
        }

        public void Remove(Fact fact)
        {
            var index = _facts.BinarySearch(fact, FactRecencyComparer.Instance);
            if (index >= 0)
            {
                _facts.RemoveAt(index);
                Values.RemoveAt(index);
            }
        }

        private static int Compare(Fact x, Fact y) => FactRecencyComparer.Instance.Compare(x, y);
    }

    private sealed class FactRecencyComparer : IComparer<Fact>
    {
        public static FactRecencyComparer Instance { get; } = new();

        public int Compare(Fact? x, Fact? y)
        {
            var bySeq = x!.Seq.CompareTo(y!.Seq);
            return bySeq != 0 ? bySeq : x.Id.CompareTo(y.Id);
        }
    }
}
