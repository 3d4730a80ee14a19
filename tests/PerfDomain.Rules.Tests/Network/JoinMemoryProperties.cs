using System.Linq.Expressions;
using FsCheck.Xunit;
using PerfDomain.Rules.Network;
using PerfDomain.Rules.Sessions;
using PerfDomain.Rules.Tests.Fixtures;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Network;

/// <summary>
/// <see cref="JoinMemory{TKey}"/> files partial matches and facts by keys computed unboxed, in pooled buckets that a
/// reset hands back. It must pair exactly what the simple design paired — keys boxed into a dictionary of new hash sets,
/// null keys equal to each other, a key that fails to compute equal to nothing — and in the same order, since the order
/// of matches decides the order of the agenda.
/// </summary>
public class JoinMemoryProperties
{
    private const int Items = 6;

    // Keys 0-2 are strings, 3 is null, 4 fails to compute.
    private static readonly string?[] KeyValues = ["a", "b", "c", null, "fails"];

    /// <summary>
    /// Each operation is (kind, item, key): kinds 0-2 add, rekey and remove partial match number <c>item</c>, 3-5 the
    /// same for a fact, 6 forgets everything as a session reset does (the memory pools its buckets and states).
    /// </summary>
    [Property(MaxTest = 300)]
    public void Operations_PairWhatBoxedKeysInNewBucketsPair_InTheSameOrder((byte Kind, byte Item, byte Key)[] operations)
    {
        var keys = new Dictionary<object, string?>(ReferenceEqualityComparer.Instance);
        var session = NewSession(out var rule);
        var memory = new JoinMemory<string>(Key(rule, keys, left: true), Key(rule, keys, left: false), EqualityComparer<string>.Default);
        var model = new Model();
        var tokens = new Token[Items];
        var facts = new Fact[Items];
        var leftStates = new LeftState?[Items];
        var rightStates = new RightState?[Items];
        for (var i = 0; i < Items; i++)
        {
            tokens[i] = new Token(null, null);
            facts[i] = new Fact(new object(), typeof(object), i + 1, i + 1, isSynthetic: false);
        }

        foreach (var (kind, rawItem, rawKey) in operations)
        {
            var item = rawItem % Items;
            var key = KeyValues[rawKey % KeyValues.Length];
            switch (kind % 7)
            {
                case 0 when leftStates[item] is null:
                    keys[tokens[item]] = key;
                    leftStates[item] = memory.RentLeft();
                    memory.AddLeft(session, tokens[item], leftStates[item]!);
                    tokens[item].NodeState = leftStates[item];
                    model.Left.Add(tokens[item], key);
                    break;
                case 1 when leftStates[item] is { } state:
                    keys[tokens[item]] = key;
                    memory.RekeyLeft(session, tokens[item], state);
                    model.Left.Rekey(tokens[item], key);
                    break;
                case 2 when leftStates[item] is { } state:
                    memory.RemoveLeft(tokens[item], state);
                    (leftStates[item], tokens[item].NodeState) = (null, null);
                    model.Left.Remove(tokens[item]);
                    break;
                case 3 when rightStates[item] is null:
                    keys[facts[item].Value!] = key;
                    rightStates[item] = memory.RentRight();
                    memory.AddRight(session, facts[item], rightStates[item]!);
                    memory.Right.Add(facts[item], rightStates[item]!);
                    model.Right.Add(facts[item], key);
                    break;
                case 4 when rightStates[item] is { } state:
                    keys[facts[item].Value!] = key;
                    memory.RekeyRight(session, facts[item], state);
                    model.Right.Rekey(facts[item], key);
                    break;
                case 5 when rightStates[item] is { } state:
                    memory.RemoveRight(facts[item], state);
                    memory.Right.Remove(facts[item]);
                    rightStates[item] = null;
                    model.Right.Remove(facts[item]);
                    break;
                case 6:
                    memory.Clear();
                    Array.Clear(leftStates);
                    Array.Clear(rightStates);
                    model = new Model();
                    break;
            }

            for (var i = 0; i < Items; i++)
            {
                if (leftStates[i] is { } left)
                {
                    Assert.Equal(model.Right.Partners(model.Left.KeyOf(tokens[i])), Listed(memory.FactsFor(left)));
                }

                if (rightStates[i] is { } right)
                {
                    Assert.Equal(model.Left.Partners(model.Right.KeyOf(facts[i])), Listed(memory.TokensFor(right)));
                }
            }
        }
    }

    /// <summary>
    /// A bucket emptied by removals and then reused for another key enumerated its items in the order of its freed slots,
    /// not the order they came in (found by the property above).
    /// </summary>
    [Fact]
    public void BucketEmptiedByRemovals_WhenReused_EnumeratesInInsertionOrder() =>
        Operations_PairWhatBoxedKeysInNewBucketsPair_InTheSameOrder([(192, 93, 128), (52, 173, 208), (151, 129, 0), (207, 65, 236), (0, 0, 6), (129, 0, 6)]);

    [Fact]
    public void NullKeys_MatchEachOther_AndAFailedKeyMatchesNothing()
    {
        var keys = new Dictionary<object, string?>(ReferenceEqualityComparer.Instance);
        var session = NewSession(out var rule);
        var memory = new JoinMemory<string>(Key(rule, keys, left: true), Key(rule, keys, left: false), EqualityComparer<string>.Default);
        var (nullToken, failingToken) = (new Token(null, null), new Token(null, null));
        var (nullFact, failingFact) = (new Fact("n", typeof(string), 1, 1, false), new Fact("f", typeof(string), 2, 2, false));
        (keys[nullToken], keys[failingToken], keys["n"], keys["f"]) = (null, "fails", null, "fails");
        var (leftNull, leftFailing, rightNull, rightFailing) = (memory.RentLeft(), memory.RentLeft(), memory.RentRight(), memory.RentRight());
        memory.AddLeft(session, nullToken, leftNull);
        memory.AddLeft(session, failingToken, leftFailing);
        memory.AddRight(session, nullFact, rightNull);
        memory.AddRight(session, failingFact, rightFailing);

        Assert.Equal([nullFact], Listed(memory.FactsFor(leftNull)));
        Assert.Equal([nullToken], Listed(memory.TokensFor(rightNull)));
        Assert.Empty(Listed(memory.FactsFor(leftFailing)));
        Assert.Empty(Listed(memory.TokensFor(rightFailing)));
    }

    private static List<T> Listed<T>(Bucket<T>? bucket)
        where T : class
    {
        var list = new List<T>();
        if (bucket is not null)
        {
            foreach (var item in bucket)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private static Session NewSession(out CompiledRule rule)
    {
        var factory = (SessionFactory)new RuleCompiler().Compile(RuleHarness.Definitions([typeof(JoinTests.LargeOrderByNameRule)]));
        rule = factory.CompiledRules[0];
        return (Session)factory.CreateSession();
    }

    // A key read from the test's table: tokens by themselves, facts by their value; "fails" throws.
    private static LhsKey<string> Key(CompiledRule rule, Dictionary<object, string?> keys, bool left)
    {
        Func<Token?, object?, string> read = (token, value) =>
            keys[left ? token! : value!] is var key && key == "fails" ? throw new InvalidOperationException("no key") : key!;
        var (token, value) = (Expression.Parameter(typeof(Token), "token"), Expression.Parameter(typeof(object), "value"));
        var bound = Expression.Lambda<Func<Token?, object?, string>>(Expression.Invoke(Expression.Constant(read), token, value), token, value);
        return new LhsKey<string>(rule, bound, bound);
    }

    /// <summary>The simple design: keys boxed (a shared object for null, a new one for a failure) into new hash sets.</summary>
    private sealed class Model
    {
        // One for both sides, as the engine's was.
        private static readonly object NullKey = new();

        public Side<Token> Left { get; } = new();

        public Side<Fact> Right { get; } = new();

        public sealed class Side<T>
            where T : class
        {
            private readonly Dictionary<object, HashSet<T>> _buckets = [];
            private readonly Dictionary<T, object> _keys = new(ReferenceEqualityComparer.Instance);

            public object KeyOf(T item) => _keys[item];

            public void Add(T item, string? key)
            {
                var boxed = key is null ? NullKey : key == "fails" ? new object() : key;
                _keys[item] = boxed;
                if (!_buckets.TryGetValue(boxed, out var bucket))
                {
                    _buckets[boxed] = bucket = [];
                }

                bucket.Add(item);
            }

            public void Rekey(T item, string? key)
            {
                var boxed = key is null ? NullKey : key == "fails" ? new object() : key;
                if (!Equals(boxed, _keys[item]))
                {
                    Remove(item);
                    Add(item, key);
                }
            }

            public void Remove(T item)
            {
                var boxed = _keys[item];
                _keys.Remove(item);
                if (_buckets[boxed].Remove(item) && _buckets[boxed].Count == 0)
                {
                    _buckets.Remove(boxed);
                }
            }

            public List<T> Partners(object key) => _buckets.TryGetValue(key, out var bucket) ? [.. bucket] : [];
        }
    }
}
