using NodaTime;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>The date an evaluation is made as of: every rule reads "today" from this fact, never from a clock.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <remarks>
/// A session holds one: its identity is the type, so moving a partition to another day updates the fact in place
/// (every match keeps its identity and is re-evaluated) instead of retracting every match and building it again.
/// </remarks>
public sealed record EvaluationDate(LocalDate AsOf) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => typeof(EvaluationDate);

    /// <inheritdoc/>
    public FactReference Describe() => new("EvaluationDate", FactFormat.Of(AsOf), FactFormat.Values(("asOf", AsOf)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
