using System.Collections;

namespace PerfDomain.Rules.Network;

/// <summary>A group produced by a query's <c>GroupBy</c>: its key and its elements in fact insertion order.</summary>
internal sealed class Grouping<TKey, TElement>(TKey key, List<TElement> elements) : IGrouping<TKey, TElement>, IReadOnlyCollection<TElement>
{
    public TKey Key { get; } = key;

    public int Count => elements.Count;

    public IEnumerator<TElement> GetEnumerator() => elements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}: [{string.Join(", ", elements)}]";
}
