using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PerfDomain.Rules.Network;

/// <summary>
/// A map that holds its first entry inline and only allocates a dictionary for a second: a partial match usually
/// matches one fact of the next element, and an activation usually links one fact.
/// </summary>
/// <remarks>
/// Once it has held two entries it stays a dictionary, so that it enumerates in the order a dictionary would (the
/// order matches and links are retracted in, which decides the order of what the agenda sees).
/// </remarks>
internal sealed class SmallMap<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private static readonly IEqualityComparer<TKey> Comparer = EqualityComparer<TKey>.Default;
    private bool _hasOne;
    private TKey _key = default!;
    private TValue _value = default!;
    private Dictionary<TKey, TValue>? _many;

    public int Count => _many?.Count ?? (_hasOne ? 1 : 0);

    public IEnumerable<TKey> Keys => _many is not null ? _many.Keys : _hasOne ? [_key] : [];

    public IEnumerable<TValue> Values => _many is not null ? _many.Values : _hasOne ? [_value] : [];

    public TValue this[TKey key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No entry for '{key}'.");
        set
        {
            if (_many is not null)
            {
                _many[key] = value;
            }
            else if (!_hasOne || Comparer.Equals(_key, key))
            {
                (_hasOne, _key, _value) = (true, key, value);
            }
            else
            {
                Grow().Add(key, value);
            }
        }
    }

    public void Add(TKey key, TValue value)
    {
        if (_many is not null)
        {
            _many.Add(key, value);
        }
        else if (!_hasOne)
        {
            (_hasOne, _key, _value) = (true, key, value);
        }
        else if (Comparer.Equals(_key, key))
        {
            throw new ArgumentException($"An entry for '{key}' is already present.", nameof(key));
        }
        else
        {
            Grow().Add(key, value);
        }
    }

    /// <summary>Empties the map; a dictionary stays, with its capacity.</summary>
    public void Clear()
    {
        _many?.Clear();
        (_hasOne, _key, _value) = (false, default!, default!);
    }

    public bool ContainsKey(TKey key) => _many?.ContainsKey(key) ?? (_hasOne && Comparer.Equals(_key, key));

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_many is not null)
        {
            return _many.TryGetValue(key, out value);
        }

        var found = _hasOne && Comparer.Equals(_key, key);
        value = found ? _value : default;
        return found;
    }

    public bool Remove(TKey key) => Remove(key, out _);

    public bool Remove(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        if (_many is not null)
        {
            return _many.Remove(key, out value);
        }

        if (_hasOne && Comparer.Equals(_key, key))
        {
            value = _value;
            (_hasOne, _key, _value) = (false, default!, default!);
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        if (_many is not null)
        {
            return _many.GetEnumerator();
        }

        return (_hasOne ? [new KeyValuePair<TKey, TValue>(_key, _value)] : Enumerable.Empty<KeyValuePair<TKey, TValue>>()).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<TKey, TValue> Grow()
    {
        _many = new Dictionary<TKey, TValue> { [_key] = _value };
        (_hasOne, _key, _value) = (false, default!, default!);
        return _many;
    }
}
