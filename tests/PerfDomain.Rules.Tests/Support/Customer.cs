namespace PerfDomain.Rules.Tests.Support;

public sealed class Customer(string name, bool isPreferred = false)
{
    public string Name { get; set; } = name;

    public bool IsPreferred { get; set; } = isPreferred;

    public int Level { get; set; }

    public override string ToString() => $"Customer({Name})";
}
