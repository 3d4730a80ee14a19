using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules;

/// <summary>Data of a working-memory event: the fact inserted, updated or retracted.</summary>
public sealed class WorkingMemoryEventArgs : EventArgs
{
    /// <summary>Initializes a new instance of the <see cref="WorkingMemoryEventArgs"/> class.</summary>
    /// <param name="fact">The fact.</param>
    public WorkingMemoryEventArgs(IFact fact) => Fact = fact;

    /// <summary>Gets the fact.</summary>
    public IFact Fact { get; }
}
