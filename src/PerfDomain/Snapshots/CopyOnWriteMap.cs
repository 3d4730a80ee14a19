using System.Collections.Immutable;

namespace PerfDomain.Snapshots;

/// <summary>
/// A map shared with the snapshot an update starts from. Writes go to a persistent (immutable) dictionary, so an
/// update pays O(log n) per entry it changes rather than a copy of the map, and the original snapshot never sees the
/// change. A plain dictionary (a snapshot built by the constructor) is converted on the first write, once per chain.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class CopyOnWriteMap<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> source)
    where TKey : notnull
{
    private ImmutableDictionary<TKey, TValue>? _written;

    public IReadOnlyDictionary<TKey, TValue> Read => _written ?? source;

    public void Set(TKey key, TValue value) => _written = Writable().SetItem(key, value);

    public void Remove(TKey key) => _written = Writable().Remove(key);

    private ImmutableDictionary<TKey, TValue> Writable() =>
        _written ?? source as ImmutableDictionary<TKey, TValue> ?? source.ToImmutableDictionary();
}
