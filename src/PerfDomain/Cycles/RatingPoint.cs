namespace PerfDomain.Cycles;

/// <summary>One point of a <see cref="RatingScale"/>.</summary>
/// <param name="Value">The point's value: 1 is the lowest, and each next point is one higher.</param>
/// <param name="Label">The point's label, such as <c>Meets expectations</c>.</param>
public sealed record RatingPoint(int Value, string Label)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Value} ({Label})";
}
