using NRules;

namespace PerfDomain.Rules.Sessions;

/// <summary>The facts a batch operation could not insert, update or retract.</summary>
internal sealed class FactResult(IReadOnlyCollection<object> failed) : IFactResult
{
    public int FailedCount => Failed.Count;

    public IReadOnlyCollection<object> Failed { get; } = failed;
}
