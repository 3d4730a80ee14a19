namespace PerfDomain.Development;

/// <summary>Where a development action stands.</summary>
public enum DevelopmentActionStatus
{
    /// <summary>Agreed, not begun.</summary>
    Planned = 0,

    /// <summary>Under way.</summary>
    InProgress = 1,

    /// <summary>Done.</summary>
    Completed = 2,

    /// <summary>Dropped.</summary>
    Cancelled = 3,
}
