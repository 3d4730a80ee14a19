using System.Globalization;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>A fact yielded (linked) by the <see cref="Shape.Yield"/> and <see cref="Shape.YieldUpdate"/> rules.</summary>
public sealed class C(A source, int key)
{
    public A Source { get; } = source;

    public int Key { get; set; } = key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"C({Source},k{Key})");
}
