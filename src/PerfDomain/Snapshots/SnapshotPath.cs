using System.Runtime.CompilerServices;
using System.Text;

namespace PerfDomain.Snapshots;

/// <summary>
/// Builds JSON paths such as <c>$.employees[3].managerId</c> for error reports. The text is made
/// only when asked for (an error is reported): building a path keeps its last few segments inline,
/// so the paths a reader builds for every field of every element, almost never reported, cost no
/// allocation.
/// </summary>
/// <remarks>Equality compares the path's text.</remarks>
internal struct SnapshotPath : IEquatable<SnapshotPath>
{
    private const int InlineSegments = 6;

    // The path up to the inline segments; a segment is a member name, or an index where the name is null.
    private string _prefix;
    private Names _names;
    private Indexes _indexes;
    private int _count;

    public SnapshotPath(string value)
    {
        _prefix = value;
    }

    public static SnapshotPath Root { get; } = new("$");

    /// <summary>Gets the path's text, such as <c>$.employees[3].managerId</c>.</summary>
    public readonly string Value
    {
        get
        {
            if (_count == 0)
            {
                return _prefix;
            }

            var text = new StringBuilder(_prefix, _prefix.Length + (16 * _count));
            for (var i = 0; i < _count; i++)
            {
                _ = _names[i] is { } name ? text.Append('.').Append(name) : text.Append('[').Append(_indexes[i]).Append(']');
            }

            return text.ToString();
        }
    }

    public readonly SnapshotPath this[int index] => Append(null, index);

    public static bool operator ==(SnapshotPath left, SnapshotPath right) => left.Equals(right);

    public static bool operator !=(SnapshotPath left, SnapshotPath right) => !left.Equals(right);

    public readonly SnapshotPath Field(string name) => Append(name, 0);

    public readonly InvalidSnapshotException Error(string reason, Exception? inner = null) => new(Value, reason, inner);

    public readonly bool Equals(SnapshotPath other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override readonly bool Equals(object? obj) => obj is SnapshotPath other && Equals(other);

    public override readonly int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override readonly string ToString() => Value;

    private readonly SnapshotPath Append(string? name, int index)
    {
        var next = _count < InlineSegments ? this : new SnapshotPath(Value);
        next._names[next._count] = name;
        next._indexes[next._count] = index;
        next._count++;
        return next;
    }

    [InlineArray(InlineSegments)]
    private struct Names
    {
        private string? _first;
    }

    [InlineArray(InlineSegments)]
    private struct Indexes
    {
        private int _first;
    }
}
