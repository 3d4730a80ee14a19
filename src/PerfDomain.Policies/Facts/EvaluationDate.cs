using NodaTime;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>The date an evaluation is made as of: every rule reads "today" from this fact, never from a clock.</summary>
/// <param name="AsOf">The as-of date.</param>
public sealed record EvaluationDate(LocalDate AsOf) : IExplainableFact
{
    /// <inheritdoc/>
    public FactReference Describe() => new("EvaluationDate", FactFormat.Of(AsOf), FactFormat.Values(("asOf", AsOf)));
}
