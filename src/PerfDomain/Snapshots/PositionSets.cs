namespace PerfDomain.Snapshots;

/// <summary>
/// Sorted arrays of list positions kept per key (an employee's check-ins, a manager's reports).
/// The arrays are never changed once published: adding or removing a position makes a new array,
/// so snapshots that share a map stay independent.
/// </summary>
internal static class PositionSets
{
    public static void Add<TKey>(CopyOnWriteMap<TKey, int[]> map, TKey key, int position)
        where TKey : notnull
    {
        var current = map.Read.GetValueOrDefault(key) ?? [];
        var at = Array.BinarySearch(current, position);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        var next = new int[current.Length + 1];
        Array.Copy(current, next, at);
        next[at] = position;
        Array.Copy(current, at, next, at + 1, current.Length - at);
        map.Set(key, next);
    }

    public static void Remove<TKey>(CopyOnWriteMap<TKey, int[]> map, TKey key, int position)
        where TKey : notnull
    {
        if (!map.Read.TryGetValue(key, out var current))
        {
            return;
        }

        var at = Array.BinarySearch(current, position);
        if (at < 0)
        {
            return;
        }

        if (current.Length == 1)
        {
            map.Remove(key);
            return;
        }

        var next = new int[current.Length - 1];
        Array.Copy(current, next, at);
        Array.Copy(current, at + 1, next, at, current.Length - at - 1);
        map.Set(key, next);
    }

    /// <summary>Groups the positions of a list's items by the keys each item names, in list order.</summary>
    public static Dictionary<TKey, int[]> Group<T, TKey>(IReadOnlyList<T> items, Action<T, List<TKey>> keys)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, List<int>>();
        var buffer = new List<TKey>(2);
        for (var i = 0; i < items.Count; i++)
        {
            buffer.Clear();
            keys(items[i], buffer);
            foreach (var key in buffer)
            {
                if (!groups.TryGetValue(key, out var positions))
                {
                    positions = [];
                    groups.Add(key, positions);
                }

                // An item naming the same key twice (a self note) is listed once.
                if (positions.Count == 0 || positions[^1] != i)
                {
                    positions.Add(i);
                }
            }
        }

        var result = new Dictionary<TKey, int[]>(groups.Count);
        foreach (var (key, positions) in groups)
        {
            result.Add(key, [.. positions]);
        }

        return result;
    }
}
