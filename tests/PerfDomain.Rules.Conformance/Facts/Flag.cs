namespace PerfDomain.Rules.Conformance.Facts;

public sealed class Flag(string name)
{
    public string Name { get; } = name;

    public override string ToString() => "flag " + Name;
}
