namespace PerfDomain.Snapshots;

/// <summary>
/// A dictionary shared with the snapshot an update starts from, copied on the first write, so that
/// an update pays only for the maps it changes and the original snapshot never sees the change.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value.</typeparam>
internal sealed class CopyOnWriteMap<TKey, TValue>(Dictionary<TKey, TValue> source)
    where TKey : notnull
{
    private Dictionary<TKey, TValue>? _copy;

    public Dictionary<TKey, TValue> Read => _copy ?? source;

    // Copying a dictionary into a new one with the same comparer copies its arrays: no rehashing.
    public Dictionary<TKey, TValue> Write => _copy ??= new Dictionary<TKey, TValue>(source, source.Comparer);
}
