namespace PerfDomain.Rules.Conformance.Facts;

public sealed class Item(string name, int value = 0, Journal? journal = null)
{
    public string Name { get; } = name;

    public int Value { get; set; } = value;

    public string Group { get; set; } = "";

    public Journal Journal { get; } = journal ?? new Journal();

    public void Decrement() => Value--;

    public void Explode() => throw new InvalidOperationException("action failed for " + Name);

    public override string ToString() => Name;
}
