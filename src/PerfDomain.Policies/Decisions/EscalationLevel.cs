namespace PerfDomain.Policies.Decisions;

/// <summary>Whom an overdue item is escalated to.</summary>
public enum EscalationLevel
{
    /// <summary>The employee's manager.</summary>
    Manager = 0,

    /// <summary>The manager's manager.</summary>
    SkipLevelManager = 1,

    /// <summary>Human resources.</summary>
    HumanResources = 2,
}
