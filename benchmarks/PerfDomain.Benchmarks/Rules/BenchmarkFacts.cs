using System.Runtime.CompilerServices;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>The fact of the one-fact and rule-count benchmarks (NRules' <c>TestFact1</c>).</summary>
public sealed class OneFact(int value)
{
    public int Value { get; set; } = value;

    public override string ToString() => $"OneFact({Value})";
}

/// <summary>The left side of a join: a parent keyed by <see cref="Key"/> (a customer, a department).</summary>
public sealed class LeftFact(int key, bool isActive)
{
    public int Key { get; } = key;

    public bool IsActive { get; set; } = isActive;

    public override string ToString() => $"Left({Key})";
}

/// <summary>The right side of a join: a child pointing at a parent through <see cref="Key"/> (an order, an employee).</summary>
public sealed class RightFact(int id, int key, int value)
{
    public int Id { get; } = id;

    public int Key { get; set; } = key;

    public int Value { get; set; } = value;

    public override string ToString() => $"Right({Id}->{Key})";
}

/// <summary>What the benchmark rules' actions call: nothing observable, so firing costs only the engine's own work.</summary>
public static class Sink
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Nothing()
    {
    }
}

/// <summary>Builds the benchmark inputs from a fixed seed.</summary>
public static class BenchmarkData
{
    public const int Seed = 20260101;

    public static OneFact[] OneFacts(int count)
    {
        var random = new Random(Seed);
        return Enumerable.Range(0, count).Select(_ => new OneFact(random.Next(0, 1_000_000))).ToArray();
    }

    /// <summary>Parents with keys 0…count-1; three in four are active.</summary>
    public static LeftFact[] Lefts(int count)
    {
        var random = new Random(Seed);
        return Enumerable.Range(0, count).Select(i => new LeftFact(i, random.Next(4) != 0)).ToArray();
    }

    /// <summary>Children, each pointing at a random parent among <paramref name="parentCount"/>: each child joins exactly one parent.</summary>
    public static RightFact[] Rights(int count, int parentCount)
    {
        var random = new Random(Seed + 1);
        return Enumerable.Range(0, count).Select(i => new RightFact(i, random.Next(parentCount), random.Next(1, 6))).ToArray();
    }
}
