using System.Globalization;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// A deliberately naive reference engine for what NRules cannot be the oracle of: <c>Or</c> firing once per set of
/// facts (<see cref="SessionOptions.OrFiresOncePerFactSet"/>), <c>All</c> (which NRules 1.0.4 evaluates wrongly), and
/// PerfDomain's order among activations queued by one operation. After every operation it recomputes every match of
/// every rule from scratch, then applies the documented agenda rules (identity by facts, touched when a matched fact
/// or an aggregate's content changed, priority then first-in-first-out, ties by rule order then fact recency).
/// </summary>
internal sealed class ReferenceEvaluator(IReadOnlyList<RuleSpec> rules)
{
    private readonly List<(object Fact, long Seq)> _facts = [];
    private readonly Dictionary<string, Activation> _activations = [];
    private long _nextSeq;
    private long _nextSequence;

    public IReadOnlyList<string> Agenda =>
        _activations.Values.Where(a => a.Pending).OrderByDescending(a => a.Priority).ThenBy(a => a.Sequence).Select(a => a.Description).ToList();

    /// <summary>Gets the shapes the reference evaluates.</summary>
    public static Shape[] Shapes { get; } =
    [
        Shape.Single, Shape.Join, Shape.JoinFilter, Shape.Not, Shape.Exists, Shape.Collect, Shape.GroupBy, Shape.Or,
        Shape.OrExists, Shape.All, Shape.Select, Shape.LetHaving, Shape.Yield, Shape.JoinC, Shape.NotC,
    ];

    public void Insert(object fact) => InsertAll([fact]);

    public void InsertAll(IEnumerable<object> facts)
    {
        foreach (var fact in facts)
        {
            _facts.Add((fact, ++_nextSeq));
        }

        Reconcile([]);
    }

    private void Yield(Activation activation)
    {
        var a = (A)activation.KeyFacts[0];
        var fresh = new C(a, a.Key);
        if (activation.Linked is { } old)
        {
            // Firing again, the rule's new object takes the old one's place: the same linked fact, updated.
            var index = _facts.FindIndex(f => f.Fact == old);
            _facts[index] = (fresh, _facts[index].Seq);
            activation.Linked = fresh;
            Reconcile([fresh]);
            return;
        }

        activation.Linked = fresh;
        Insert(fresh);
    }

    public void UpdateAll(IReadOnlyCollection<object> facts) => Reconcile(facts);

    public void Retract(object fact)
    {
        _facts.RemoveAll(f => f.Fact == fact);
        Reconcile([]);
    }

    public List<string> Fire(int max)
    {
        var fired = new List<string>();
        while (fired.Count < max)
        {
            var next = _activations.Values.Where(a => a.Pending).OrderByDescending(a => a.Priority).ThenBy(a => a.Sequence).FirstOrDefault();
            if (next is null)
            {
                break;
            }

            next.Pending = false;
            fired.Add(next.Description);
            if (rules[next.Rule].Shape == Shape.Yield)
            {
                Yield(next);
            }
        }

        return fired;
    }

    private static string Describe(object value) => value switch
    {
        IGrouping<int, B> group => string.Create(CultureInfo.InvariantCulture, $"G{group.Key}[{string.Join(",", group)}]"),
        IEnumerable<B> list => $"[{string.Join(",", list)}]",
        _ => value.ToString()!,
    };

    public static string Describe(string rule, IEnumerable<object?> values) =>
        $"{rule}({string.Join(", ", values.Select(v => v is null ? "null" : Describe(v)))})";

    private void Reconcile(IReadOnlyCollection<object> updated)
    {
        while (true)
        {
            var unlinked = ReconcileOnce(updated);
            if (unlinked.Count == 0)
            {
                return;
            }

            _facts.RemoveAll(f => unlinked.Contains(f.Fact));
        }
    }

    private List<object> ReconcileOnce(IReadOnlyCollection<object> updated)
    {
        var unlinked = new List<object>();
        var matches = new Dictionary<string, Candidate>();
        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var candidate in Matches(r, rules[r]))
            {
                matches.TryAdd(candidate.Key, candidate);
            }
        }

        foreach (var key in _activations.Keys.Where(k => !matches.ContainsKey(k)).ToList())
        {
            if (_activations[key].Linked is { } linked)
            {
                unlinked.Add(linked);
            }

            _activations.Remove(key);
        }

        var queued = new List<(Activation Activation, Candidate Candidate)>();
        foreach (var candidate in matches.Values)
        {
            if (!_activations.TryGetValue(candidate.Key, out var activation))
            {
                activation = new Activation(candidate.Rule, rules[candidate.Rule].Priority);
                _activations.Add(candidate.Key, activation);
                queued.Add((activation, candidate));
            }
            else
            {
                var touched = candidate.KeyFacts.Any(updated.Contains)
                    || candidate.Sources.Any(updated.Contains)
                    || !candidate.Sources.SequenceEqual(activation.Sources);
                if (touched && !activation.Pending && rules[candidate.Rule].Repeatable)
                {
                    queued.Add((activation, candidate));
                }
            }

            activation.Sources = candidate.Sources;
            activation.Description = candidate.Description;
            activation.KeyFacts = candidate.KeyFacts;
        }

        foreach (var (activation, _) in queued
                     .OrderBy(q => q.Candidate.Rule)
                     .ThenBy(q => q.Candidate.Recency, Comparer<long[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))))
        {
            activation.Pending = true;
            activation.Sequence = ++_nextSequence;
        }

        return unlinked;
    }

    private IEnumerable<Candidate> Matches(int r, RuleSpec spec)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"R{r}");
        var all = _facts.OrderBy(f => f.Seq).ToList();
        var aFacts = all.Where(f => f.Fact is A).Select(f => ((A)f.Fact, f.Seq)).ToList();
        var bFacts = all.Where(f => f.Fact is B).Select(f => ((B)f.Fact, f.Seq)).ToList();
        var cFacts = all.Where(f => f.Fact is C).Select(f => ((C)f.Fact, f.Seq)).ToList();
        string Id(object o) => o.ToString()!;
        Candidate One(A a, long seq) => new(r, $"{name}:{Id(a)}", Describe(name, [a]), [seq], [a], []);
        switch (spec.Shape)
        {
            case Shape.Yield:
                return aFacts.Where(x => x.Item1.Val > spec.T).Select(x => One(x.Item1, x.Seq));
            case Shape.NotC:
                return aFacts.Where(x => !cFacts.Any(y => y.Item1.Source == x.Item1)).Select(x => One(x.Item1, x.Seq));
            case Shape.JoinC:
                return from x in cFacts
                       from y in bFacts
                       where y.Item1.Key == x.Item1.Key
                       select new Candidate(r, $"{name}:{Id(x.Item1)}#{x.Seq},{Id(y.Item1)}", Describe(name, [x.Item1, y.Item1]), [x.Seq, y.Seq], [x.Item1, y.Item1], []);
            case Shape.Single:
                return aFacts.Where(x => x.Item1.Val > spec.T).Select(x => One(x.Item1, x.Seq));
            case Shape.Join:
                return from x in aFacts
                       where x.Item1.Val > spec.T
                       from y in bFacts
                       where y.Item1.Key == x.Item1.Key
                       select new Candidate(r, $"{name}:{Id(x.Item1)},{Id(y.Item1)}", Describe(name, [x.Item1, y.Item1]), [x.Seq, y.Seq], [x.Item1, y.Item1], []);
            case Shape.JoinFilter:
                return from x in aFacts
                       from y in bFacts
                       where y.Item1.Key == x.Item1.Key && y.Item1.Val != x.Item1.Val
                       select new Candidate(r, $"{name}:{Id(x.Item1)},{Id(y.Item1)}", Describe(name, [x.Item1, y.Item1]), [x.Seq, y.Seq], [x.Item1, y.Item1], []);
            case Shape.Not:
                return aFacts.Where(x => x.Item1.Val > spec.T && !bFacts.Any(y => y.Item1.Key == x.Item1.Key)).Select(x => One(x.Item1, x.Seq));
            case Shape.Exists:
                return aFacts.Where(x => bFacts.Any(y => y.Item1.Key == x.Item1.Key && y.Item1.Val > spec.T)).Select(x => One(x.Item1, x.Seq));
            case Shape.All:
                return aFacts.Where(x => bFacts.Where(y => y.Item1.Key == x.Item1.Key).All(y => y.Item1.Val > spec.T)).Select(x => One(x.Item1, x.Seq));
            case Shape.Or:
                return aFacts.Where(x => x.Item1.Val > spec.T || x.Item1.Key == spec.K).Select(x => One(x.Item1, x.Seq));
            case Shape.OrExists:
                return aFacts.Where(x => x.Item1.Val > spec.T || bFacts.Any(y => y.Item1.Key == x.Item1.Key)).Select(x => One(x.Item1, x.Seq));
            case Shape.Select:
                return from x in aFacts
                       where x.Item1.Val >= spec.T
                       from y in bFacts
                       let projected = (y.Item1.Id * 100) + y.Item1.Val + x.Item1.Val
                       where y.Item1.Key == x.Item1.Key && projected % 100 > spec.K
                       select new Candidate(
                           r,
                           $"{name}:{Id(x.Item1)}|S{Id(y.Item1)}",
                           Describe(name, [x.Item1, projected]),
                           [x.Seq, y.Seq],
                           [x.Item1],
                           [y.Item1]);
            case Shape.LetHaving:
                return from x in aFacts
                       let list = bFacts.Where(y => y.Item1.Key == x.Item1.Key).ToList()
                       let total = list.Sum(y => y.Item1.Val)
                       where total > spec.T + x.Item1.Val
                       select new Candidate(
                           r,
                           $"{name}:{Id(x.Item1)}|C",
                           Describe(name, [x.Item1, list.Select(y => y.Item1).ToList(), total]),
                           [x.Seq, list.Count == 0 ? 0 : list[0].Seq],
                           [x.Item1],
                           list.Select(y => (object)y.Item1).ToArray());
            case Shape.Collect:
                return from x in aFacts
                       let list = bFacts.Where(y => y.Item1.Key == x.Item1.Key).ToList()
                       where list.Count >= spec.K
                       select new Candidate(
                           r,
                           $"{name}:{Id(x.Item1)}|C",
                           Describe(name, [x.Item1, list.Select(y => y.Item1).ToList()]),
                           [x.Seq, list.Count == 0 ? 0 : list[0].Seq],
                           [x.Item1],
                           list.Select(y => (object)y.Item1).ToArray());
            case Shape.GroupBy:
                return from y in bFacts
                       where y.Item1.Val > spec.T
                       group y by y.Item1.Key into grp
                       let list = grp.ToList()
                       where list.Count >= spec.K
                       orderby list[0].Seq
                       select new Candidate(
                           r,
                           string.Create(CultureInfo.InvariantCulture, $"{name}:G{grp.Key}"),
                           Describe(name, [new OracleGrouping(grp.Key, list.Select(z => z.Item1).ToList())]),
                           [list[0].Seq],
                           [],
                           list.Select(z => (object)z.Item1).ToArray());
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Shape, "The reference does not evaluate this shape.");
        }
    }

    private sealed record Candidate(int Rule, string Key, string Description, long[] Recency, object[] KeyFacts, object[] Sources);

    private sealed class Activation(int rule, int priority)
    {
        public int Rule { get; } = rule;

        public int Priority { get; } = priority;

        public bool Pending { get; set; }

        public long Sequence { get; set; }

        public object[] Sources { get; set; } = [];

        public string Description { get; set; } = string.Empty;

        public object[] KeyFacts { get; set; } = [];

        public C? Linked { get; set; }
    }

    private sealed class OracleGrouping(int key, List<B> items) : IGrouping<int, B>
    {
        public int Key { get; } = key;

        public IEnumerator<B> GetEnumerator() => items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
