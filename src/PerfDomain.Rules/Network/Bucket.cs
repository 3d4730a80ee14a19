namespace PerfDomain.Rules.Network;

/// <summary>A set that stores a single element inline and only allocates a hash set from the second one: most join keys and most facts have one partner.</summary>
/// <remarks>Not sealed: a node's per-fact state is itself the bucket of the tokens the fact matches, one object fewer per fact.</remarks>
internal class Bucket<T>
    where T : class
{
    private T? _single;
    private HashSet<T>? _many;

    public int Count => _many?.Count ?? (_single is null ? 0 : 1);

    public void Add(T item)
    {
        if (_many is not null)
        {
            _many.Add(item);
        }
        else if (_single is null)
        {
            _single = item;
        }
        else if (!ReferenceEquals(_single, item))
        {
            _many = [_single, item];
            _single = null;
        }
    }

    public bool Remove(T item)
    {
        if (_many is not null)
        {
            return _many.Remove(item);
        }

        if (ReferenceEquals(_single, item))
        {
            _single = null;
            return true;
        }

        return false;
    }

    /// <summary>Empties the bucket; a hash set stays, with its capacity, and enumerates in insertion order as a new one would.</summary>
    public void Clear()
    {
        _many?.Clear();
        _single = null;
    }

    public bool Contains(T item) => _many?.Contains(item) ?? ReferenceEquals(_single, item);

    public T[] ToArray() => _many is not null ? [.. _many] : _single is null ? [] : [_single];

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates without allocating.</summary>
    public struct Enumerator
    {
        private readonly T? _single;
        private HashSet<T>.Enumerator _many;
        private readonly bool _isMany;
        private int _state;

        internal Enumerator(Bucket<T> bucket)
        {
            _single = bucket._single;
            _isMany = bucket._many is not null;
            _many = _isMany ? bucket._many!.GetEnumerator() : default;
            _state = 0;
            Current = null!;
        }

        public T Current { get; private set; }

        public bool MoveNext()
        {
            if (_isMany)
            {
                if (_many.MoveNext())
                {
                    Current = _many.Current;
                    return true;
                }

                return false;
            }

            if (_state == 0 && _single is not null)
            {
                _state = 1;
                Current = _single;
                return true;
            }

            return false;
        }
    }
}
