namespace PerfDomain.Reviews;

/// <summary>In what capacity a reviewer reviews an employee.</summary>
public enum ReviewerRole
{
    /// <summary>The employee reviews themselves.</summary>
    Self = 0,

    /// <summary>The employee's manager; only this review's overall rating is calibrated and has consequences.</summary>
    Manager = 1,

    /// <summary>A colleague.</summary>
    Peer = 2,

    /// <summary>Someone who reports to the employee, reviewing them as a manager.</summary>
    Upward = 3,
}
