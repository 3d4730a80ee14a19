namespace PerfDomain.Rules.Tests.Support;

public sealed class Counter(string name)
{
    public string Name { get; } = name;

    public int Value { get; set; }

    public override string ToString() => $"Counter({Name}={Value})";
}
