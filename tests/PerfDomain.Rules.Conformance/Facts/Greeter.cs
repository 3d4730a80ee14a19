namespace PerfDomain.Rules.Conformance.Facts;

/// <summary>A service rules resolve through the dependency resolver.</summary>
public interface IGreeter
{
    void Greet(string name);
}

public sealed class RecordingGreeter : IGreeter
{
    private readonly List<string> _greeted = [];

    public IReadOnlyList<string> Greeted => _greeted;

    public void Greet(string name) => _greeted.Add(name);
}
