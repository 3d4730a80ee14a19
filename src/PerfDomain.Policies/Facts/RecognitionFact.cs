using NodaTime;
using NRules.RuleModel;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>A recognition or reward granted on or before the as-of date.</summary>
/// <param name="RecognitionId">The recognition.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="CycleId">The cycle it rewards, if any.</param>
/// <param name="GrantedOn">The day it was granted.</param>
/// <remarks>Identity is <see cref="RecognitionId"/>.</remarks>
public sealed record RecognitionFact(RecognitionId RecognitionId, EmployeeId EmployeeId, RecognitionKind Kind, CycleId? CycleId, LocalDate GrantedOn) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => RecognitionId;

    /// <inheritdoc/>
    public FactReference Describe() => new("Recognition", RecognitionId.Value, FactFormat.Values(
        ("employeeId", EmployeeId.Value),
        ("kind", Kind),
        ("cycleId", CycleId?.Value),
        ("grantedOn", GrantedOn)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
