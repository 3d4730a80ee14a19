using PerfDomain.Policies.Decisions;

namespace ReferenceHost.Tenants;

/// <summary>
/// A decision's identity across evaluations, for approvals: what is recommended, for whom, in
/// which cycle, about what. The same recommendation made again tomorrow has the same key.
/// </summary>
internal static class DecisionKeys
{
    public static string Of(Decision decision) =>
        string.Join('/', decision.Kind.Name, decision.EmployeeId.Value, decision.CycleId?.Value ?? "-", decision.Subject ?? "-");
}
