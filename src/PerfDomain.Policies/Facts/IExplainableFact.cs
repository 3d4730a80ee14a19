using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>A fact that can say what it is and which of its values matter, for explanations.</summary>
public interface IExplainableFact
{
    /// <summary>Describes this fact for an explanation.</summary>
    /// <returns>The fact's type, id and the values rules look at.</returns>
    FactReference Describe();
}
