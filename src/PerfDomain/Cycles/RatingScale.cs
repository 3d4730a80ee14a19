using System.Collections.ObjectModel;
using Ardalis.GuardClauses;

namespace PerfDomain.Cycles;

/// <summary>
/// An ordered rating scale of 2 to 10 points (3, 4 and 5 are the common ones), with the lowest
/// point that counts as meeting expectations.
/// </summary>
/// <remarks>
/// Points are valued 1…N, lowest first. An immutable value: two scales are equal when their points
/// and their "meets" threshold are equal. Thread-safe.
/// </remarks>
public sealed class RatingScale : IEquatable<RatingScale>
{
    /// <summary>The smallest number of points a scale may have.</summary>
    public const int MinPoints = 2;

    /// <summary>The largest number of points a scale may have.</summary>
    public const int MaxPoints = 10;

    /// <summary>The most characters a label may have.</summary>
    internal const int MaxLabelLength = 100;

    private readonly ReadOnlyCollection<RatingPoint> _points;

    /// <summary>Initialises a scale from its labels, lowest first.</summary>
    /// <param name="labels">The labels of the points, lowest first: distinct, not blank, 2 to 10 of them.</param>
    /// <param name="meetsThreshold">The value of the lowest point that counts as meeting expectations.</param>
    /// <exception cref="ArgumentException">The labels are too few, too many, blank or repeated, or the threshold is off the scale.</exception>
    public RatingScale(IEnumerable<string> labels, int meetsThreshold)
    {
        Guard.Against.Null(labels);
        var list = labels.ToList();
        if (list.Count is < MinPoints or > MaxPoints)
        {
            throw new ArgumentException($"A rating scale has {MinPoints} to {MaxPoints} points; {list.Count} labels were given.", nameof(labels));
        }

        for (var i = 0; i < list.Count; i++)
        {
            Guard.Against.InvalidText(list[i], MaxLabelLength, $"labels[{i}]");
            // Labels are looked up without regard to case, so they must differ by more than case.
            if (list.FindIndex(l => string.Equals(l, list[i], StringComparison.OrdinalIgnoreCase)) != i)
            {
                throw new ArgumentException($"The rating label '{list[i]}' appears more than once (labels are compared ignoring case).", nameof(labels));
            }
        }

        Guard.Against.OutOfRange(meetsThreshold, 1, list.Count);
        _points = list.Select((label, i) => new RatingPoint(i + 1, label)).ToList().AsReadOnly();
        MeetsThreshold = meetsThreshold;
    }

    /// <summary>Gets the common 3-point scale: below, meets, exceeds expectations ("meets" is 2).</summary>
    public static RatingScale ThreePoint { get; } = new(["Below expectations", "Meets expectations", "Exceeds expectations"], 2);

    /// <summary>Gets a 4-point scale with no middle: needs improvement, partially meets, meets, exceeds ("meets" is 3).</summary>
    public static RatingScale FourPoint { get; } = new(["Needs improvement", "Partially meets", "Meets expectations", "Exceeds expectations"], 3);

    /// <summary>Gets the common 5-point scale from unsatisfactory to outstanding ("meets" is 3).</summary>
    public static RatingScale FivePoint { get; } = new(["Unsatisfactory", "Needs improvement", "Meets expectations", "Exceeds expectations", "Outstanding"], 3);

    /// <summary>Gets the points, lowest first.</summary>
    public IReadOnlyList<RatingPoint> Points => _points;

    /// <summary>Gets the value of the lowest point that counts as meeting expectations.</summary>
    public int MeetsThreshold { get; }

    /// <summary>Gets the highest point's value (the number of points).</summary>
    public int Top => _points.Count;

    /// <summary>Tells whether a value is a point of this scale.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is between 1 and <see cref="Top"/>.</returns>
    public bool Contains(int value) => value >= 1 && value <= Top;

    /// <summary>Tells whether a rating counts as meeting expectations or better.</summary>
    /// <param name="value">A value on this scale.</param>
    /// <returns><see langword="true"/> when the value is at or above <see cref="MeetsThreshold"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is off the scale.</exception>
    public bool MeetsOrAbove(int value) => Require(value) >= MeetsThreshold;

    /// <summary>Gets the point with a value.</summary>
    /// <param name="value">A value on this scale.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is off the scale.</exception>
    public RatingPoint this[int value] => _points[Require(value) - 1];

    /// <summary>Finds the point with a label (ordinal, case-insensitive).</summary>
    /// <param name="label">The label.</param>
    /// <param name="point">The point, when found.</param>
    /// <returns>Whether the label is one of this scale's.</returns>
    public bool TryFindLabel(string label, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RatingPoint? point)
    {
        point = _points.FirstOrDefault(p => string.Equals(p.Label, label, StringComparison.OrdinalIgnoreCase));
        return point is not null;
    }

    /// <summary>Throws unless a value is a point of this scale.</summary>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The name of the parameter that carried it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is off the scale.</exception>
    public int Require(int value, string? parameterName = null)
    {
        if (!Contains(value))
        {
            throw new ArgumentOutOfRangeException(parameterName ?? nameof(value), value, $"Rating {value} is off the scale: it has points 1 to {Top} ({this}).");
        }

        return value;
    }

    /// <inheritdoc/>
    public bool Equals(RatingScale? other) =>
        other is not null && MeetsThreshold == other.MeetsThreshold && _points.SequenceEqual(other._points);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatingScale);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(MeetsThreshold);
        foreach (var point in _points)
        {
            hash.Add(point);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the points, lowest first, marking the "meets" threshold.</summary>
    /// <returns>For example <c>1 Below expectations | 2 Meets expectations* | 3 Exceeds expectations</c>.</returns>
    public override string ToString() =>
        string.Join(" | ", _points.Select(p => p.Value == MeetsThreshold ? $"{p.Value} {p.Label}*" : $"{p.Value} {p.Label}"));
}
