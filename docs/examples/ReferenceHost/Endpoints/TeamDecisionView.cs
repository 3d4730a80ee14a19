using PerfDomain.Policies.Decisions;

namespace ReferenceHost.Endpoints;

/// <summary>A decision about a manager's report, with its key for approvals and the latest verdict recorded, if any.</summary>
/// <param name="Key">The decision's key (<c>kind/employee/cycle/subject</c>).</param>
/// <param name="Decision">The decision with its explanation, in the decision format (docs/decision-format.md).</param>
/// <param name="Verdict">The latest approval or rejection, if any.</param>
internal sealed record TeamDecisionView(string Key, Decision Decision, AuditView? Verdict);
