namespace PerfDomain.Rules.Conformance.Facts;

/// <summary>A fact whose condition throws when it is blown.</summary>
public sealed class Fuse(string name, bool blown)
{
    public string Name { get; } = name;

    public bool Blown { get; set; } = blown;

    public bool Check() => Blown ? throw new InvalidOperationException("fuse " + Name + " blown") : true;

    public override string ToString() => Name;
}
