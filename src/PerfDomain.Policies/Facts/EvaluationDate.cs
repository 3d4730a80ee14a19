using NodaTime;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>The date an evaluation is made as of: every rule reads "today" from this fact, never from a clock.</summary>
/// <param name="AsOf">The as-of date.</param>
public sealed record EvaluationDate(LocalDate AsOf) : IExplainableFact
{
    /// <inheritdoc/>
    public FactReference Describe() => new("EvaluationDate", FactFormat.Of(AsOf), FactFormat.Values(("asOf", AsOf)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
