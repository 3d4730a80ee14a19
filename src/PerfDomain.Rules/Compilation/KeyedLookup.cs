using System.Collections;

namespace PerfDomain.Rules.Compilation;

/// <summary>The value of a <c>ToLookup</c> query: a lookup that also lists its keys, in first-seen order.</summary>
internal sealed class KeyedLookup<TKey, TElement>(ILookup<TKey, TElement> lookup) : NRules.RuleModel.IKeyedLookup<TKey, TElement>
{
    public IEnumerable<TKey> Keys => lookup.Select(g => g.Key);

    public int Count => lookup.Count;

    public IEnumerable<TElement> this[TKey key] => lookup[key];

    public bool Contains(TKey key) => lookup.Contains(key);

    public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator() => lookup.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
