using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Snapshots;

namespace PerfDomain.Cli.Output;

/// <summary>Who acts on a decision, in words: the employee's manager, the skip-level manager, or HR.</summary>
internal static class WhoActs
{
    /// <summary>Gets who acts: the level the decision escalates to, else the employee's manager (HR when there is none).</summary>
    /// <param name="snapshot">The snapshot, for the manager ids.</param>
    /// <param name="decision">The decision.</param>
    /// <returns>For example <c>manager e-010</c>, <c>skip-level e-006</c> or <c>HR</c>.</returns>
    public static string Of(OrganizationSnapshot snapshot, Decision decision)
    {
        var manager = snapshot.FindEmployee(decision.EmployeeId)?.ManagerId;
        return decision.EscalateTo switch
        {
            EscalationLevel.HumanResources => "HR",
            EscalationLevel.SkipLevelManager => SkipLevel(snapshot, manager),
            _ => manager is { } m ? "manager " + m.Value : "HR",
        };
    }

    /// <summary>Gets an escalation level in words: <c>manager</c>, <c>skip-level manager</c> or <c>HR</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The words.</returns>
    public static string Words(EscalationLevel level) => level switch
    {
        EscalationLevel.HumanResources => "HR",
        EscalationLevel.SkipLevelManager => "skip-level manager",
        _ => "manager",
    };

    private static string SkipLevel(OrganizationSnapshot snapshot, EmployeeId? manager) =>
        manager is { } m && snapshot.FindEmployee(m)?.ManagerId is { } skip ? "skip-level " + skip.Value : "HR";
}
