namespace PerfDomain.Employees;

/// <summary>Where an employee stands in their employment.</summary>
public enum EmploymentStatus
{
    /// <summary>Newly hired and not yet confirmed in the role.</summary>
    Probation = 0,

    /// <summary>Employed and working.</summary>
    Active = 1,

    /// <summary>Employed but away (parental, sick, sabbatical…): cadences pause and no consequence applies.</summary>
    OnLeave = 2,

    /// <summary>No longer employed; final.</summary>
    Terminated = 3,
}
