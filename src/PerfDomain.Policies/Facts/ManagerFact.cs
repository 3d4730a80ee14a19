using NodaTime;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>An employee as a manager on the as-of date: their reports and how often they talk with them.</summary>
/// <param name="Id">The manager.</param>
/// <param name="DirectReports">How many working employees report to them on the as-of date.</param>
/// <param name="FirstReportOn">The first day anyone reported to them.</param>
/// <param name="ConversationsLast60Days">Check-ins they took part in with their reports, plus downward feedback notes they gave them, in the 60 days up to the as-of date.</param>
/// <remarks>Identity is <see cref="Id"/>.</remarks>
public sealed record ManagerFact(EmployeeId Id, int DirectReports, LocalDate FirstReportOn, int ConversationsLast60Days) : IExplainableFact, IIdentityProvider
{
    /// <inheritdoc/>
    public object GetIdentity() => ("manager", Id);

    /// <inheritdoc/>
    public FactReference Describe() => new("Manager", Id.Value, FactFormat.Values(
        ("directReports", DirectReports),
        ("firstReportOn", FirstReportOn),
        ("conversationsLast60Days", ConversationsLast60Days)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
