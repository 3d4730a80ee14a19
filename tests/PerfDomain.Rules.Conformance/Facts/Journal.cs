namespace PerfDomain.Rules.Conformance.Facts;

/// <summary>Where rule actions write what they did; shared by the facts of one test.</summary>
public sealed class Journal
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries => _entries;

    public void Write(string entry) => _entries.Add(entry);
}
