using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// The few named values of an explanation, sorted by name (ordinal): two arrays instead of a tree. Explanations are made
/// by the tens of thousands in a batch and read rarely, so the footprint matters and a binary search is plenty.
/// </summary>
internal sealed class SortedValues : IReadOnlyDictionary<string, string>
{
    private readonly string[] _keys;
    private readonly string[] _values;

    /// <summary>Initializes a new instance of the <see cref="SortedValues"/> class; a repeated name keeps its last value.</summary>
    public SortedValues(string[] keys, string[] values)
    {
        // Insertion sort: a handful of names, and stable, so that a repeated name keeps its last value.
        for (var i = 1; i < keys.Length; i++)
        {
            var (key, value) = (keys[i], values[i]);
            var j = i - 1;
            for (; j >= 0 && string.CompareOrdinal(keys[j], key) > 0; j--)
            {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
            }

            keys[j + 1] = key;
            values[j + 1] = value;
        }
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (count > 0 && string.Equals(keys[count - 1], keys[i], StringComparison.Ordinal))
            {
                values[count - 1] = values[i];
                continue;
            }

            keys[count] = keys[i];
            values[count] = values[i];
            count++;
        }

        _keys = count == keys.Length ? keys : keys[..count];
        _values = count == values.Length ? values : values[..count];
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<string> Values => _values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No value named '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, string>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var i = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        return i >= 0 ? i : -1;
    }
}
