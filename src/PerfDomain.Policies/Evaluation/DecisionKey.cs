using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>What makes two decisions "the same recommendation" when changes are reported: kind, employee, cycle, subject and rule.</summary>
internal readonly record struct DecisionKey(DecisionKind Kind, EmployeeId EmployeeId, string? CycleId, string? Subject, string Rule)
{
    public static DecisionKey Of(Decision decision) =>
        new(decision.Kind, decision.EmployeeId, decision.CycleId?.Value, decision.Subject, decision.Explanation.Rule);
}
