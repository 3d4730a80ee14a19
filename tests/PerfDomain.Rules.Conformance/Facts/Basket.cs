namespace PerfDomain.Rules.Conformance.Facts;

public sealed class Basket(string name, params int[] values)
{
    private readonly List<int> _values = [.. values];

    public string Name { get; } = name;

    public IReadOnlyList<int> Values => _values;

    public void Add(int value) => _values.Add(value);

    public override string ToString() => Name;
}

/// <summary>The fact rules yield from a basket.</summary>
public sealed class Total(string key, int sum)
{
    public string Key { get; } = key;

    public int Sum { get; private set; } = sum;

    public int Revision { get; private set; }

    public Total Recompute(int sum)
    {
        Sum = sum;
        Revision++;
        return this;
    }

    public override string ToString() => Key + "=" + Sum;
}
