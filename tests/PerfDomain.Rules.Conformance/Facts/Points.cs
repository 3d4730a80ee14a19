namespace PerfDomain.Rules.Conformance.Facts;

/// <summary>A record: value equality, so an equal instance is the same fact.</summary>
public sealed record Point(int X, int Y);

/// <summary>A plain class with the same shape: reference equality.</summary>
public sealed class PlainPoint(int x, int y)
{
    public int X { get; } = x;

    public int Y { get; } = y;
}
