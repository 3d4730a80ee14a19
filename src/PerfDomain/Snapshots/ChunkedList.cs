using System.Collections;

namespace PerfDomain.Snapshots;

/// <summary>
/// An immutable list stored as fixed-size chunks: setting or appending an item copies the spine and one chunk, and
/// shares every other chunk with the list it came from. A snapshot update changes one aggregate among hundreds of
/// thousands; copying the whole list each time would be both slow and a large-object allocation per event.
/// </summary>
/// <typeparam name="T">The item.</typeparam>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int ChunkSize = 512;

    private readonly T[][] _chunks;

    private ChunkedList(T[][] chunks, int count)
    {
        _chunks = chunks;
        Count = count;
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _chunks[index / ChunkSize][index % ChunkSize];
        }
    }

    /// <summary>Makes a chunked list with the items of any list (returned as it is when it is one already).</summary>
    public static ChunkedList<T> From(IReadOnlyList<T> items)
    {
        if (items is ChunkedList<T> chunked)
        {
            return chunked;
        }

        var chunks = new T[(items.Count + ChunkSize - 1) / ChunkSize][];
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = new T[Math.Min(ChunkSize, items.Count - (c * ChunkSize))];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = items[(c * ChunkSize) + i];
            }

            chunks[c] = chunk;
        }

        return new ChunkedList<T>(chunks, items.Count);
    }

    /// <summary>Returns this list with one item replaced.</summary>
    public ChunkedList<T> SetItem(int index, T item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var chunks = (T[][])_chunks.Clone();
        var chunk = (T[])chunks[index / ChunkSize].Clone();
        chunk[index % ChunkSize] = item;
        chunks[index / ChunkSize] = chunk;
        return new ChunkedList<T>(chunks, Count);
    }

    /// <summary>Returns this list with an item appended.</summary>
    public ChunkedList<T> Add(T item)
    {
        var last = _chunks.Length == 0 ? null : _chunks[^1];
        T[][] chunks;
        if (last is null || last.Length == ChunkSize)
        {
            chunks = new T[_chunks.Length + 1][];
            Array.Copy(_chunks, chunks, _chunks.Length);
            chunks[^1] = [item];
        }
        else
        {
            chunks = (T[][])_chunks.Clone();
            var grown = new T[last.Length + 1];
            Array.Copy(last, grown, last.Length);
            grown[^1] = item;
            chunks[^1] = grown;
        }

        return new ChunkedList<T>(chunks, Count + 1);
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var chunk in _chunks)
        {
            foreach (var item in chunk)
            {
                yield return item;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
