using NodaTime;
using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>A performance cycle: its dates and scale, the same whatever the as-of date.</summary>
/// <param name="Id">The cycle.</param>
/// <param name="Sequence">The cycle's position among the snapshot's cycles ordered by start date, from 0; consecutive cycles differ by 1.</param>
/// <param name="Start">Its first day.</param>
/// <param name="End">Its last day.</param>
/// <param name="Midpoint">Its middle day.</param>
/// <param name="ReviewWindow">Its review window.</param>
/// <param name="TopRating">The top point of its scale.</param>
/// <param name="MeetsThreshold">The lowest point that counts as meeting expectations.</param>
/// <remarks>Identity is <see cref="Id"/>.</remarks>
public sealed record CycleFact(
    CycleId Id,
    int Sequence,
    LocalDate Start,
    LocalDate End,
    LocalDate Midpoint,
    DateInterval ReviewWindow,
    int TopRating,
    int MeetsThreshold) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => Id;

    /// <inheritdoc/>
    public FactReference Describe() => new("Cycle", Id.Value, FactFormat.Values(
        ("start", Start),
        ("end", End),
        ("reviewWindowStart", ReviewWindow.Start),
        ("reviewWindowEnd", ReviewWindow.End)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
