namespace PerfDomain.Snapshots;

/// <summary>
/// One list of a snapshot during an update: aggregates are replaced in place when an aggregate
/// with their key is there, appended otherwise, and the positions touched are remembered with
/// what the original snapshot held there.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <typeparam name="TKey">What identifies it in the list.</typeparam>
internal sealed class SnapshotColumn<T, TKey>(IReadOnlyList<T> original, IReadOnlyDictionary<TKey, int> positions, Func<T, TKey> key)
    where T : class
    where TKey : notnull
{
    private ChunkedList<T>? _items;

    public CopyOnWriteMap<TKey, int> Positions { get; } = new(positions);

    /// <summary>Gets the positions changed, each with what the original snapshot held there (<see langword="null"/> for one appended).</summary>
    public Dictionary<int, T?> Changed { get; } = [];

    public IReadOnlyList<T> Items => _items ?? original;

    public T this[int position] => _items is null ? original[position] : _items[position];

    public void Upsert(T item)
    {
        var id = key(item);
        _items ??= ChunkedList<T>.From(original);
        if (Positions.Read.TryGetValue(id, out var position))
        {
            _items = _items.SetItem(position, item);
        }
        else
        {
            position = _items.Count;
            _items = _items.Add(item);
            Positions.Set(id, position);
        }

        Changed.TryAdd(position, position < original.Count ? original[position] : null);
    }

    /// <summary>Keeps, for each employee, the positions of the items about them, as items change.</summary>
    public void PatchOwners(CopyOnWriteMap<PerfDomain.Employees.EmployeeId, int[]> owners, Action<T, List<PerfDomain.Employees.EmployeeId>> keys)
    {
        var before = new List<PerfDomain.Employees.EmployeeId>(2);
        var now = new List<PerfDomain.Employees.EmployeeId>(2);
        foreach (var (position, old) in Changed)
        {
            before.Clear();
            now.Clear();
            keys(this[position], now);
            if (old is not null)
            {
                keys(old, before);
            }

            foreach (var gone in before)
            {
                if (!now.Contains(gone))
                {
                    PositionSets.Remove(owners, gone, position);
                }
            }

            foreach (var owner in now)
            {
                PositionSets.Add(owners, owner, position);
            }
        }
    }
}
