using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>A fact that can say what it is and which of its values matter, for explanations.</summary>
public interface IExplainableFact
{
    /// <summary>Describes this fact for an explanation.</summary>
    /// <remarks>
    /// Called when a decision's <see cref="Explanation.Facts"/> are first read, which may be long after the rule fired
    /// (a large batch describes only the decisions a host shows or writes): a fact must describe itself the same way
    /// for as long as it lives, as an immutable record does.
    /// </remarks>
    /// <returns>The fact's type, id and the values rules look at.</returns>
    FactReference Describe();
}
