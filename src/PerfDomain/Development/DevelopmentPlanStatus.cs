namespace PerfDomain.Development;

/// <summary>Where a development plan stands.</summary>
public enum DevelopmentPlanStatus
{
    /// <summary>Its actions are being worked on.</summary>
    Active = 0,

    /// <summary>Every action is completed or cancelled.</summary>
    Completed = 1,

    /// <summary>Dropped before completion.</summary>
    Cancelled = 2,
}
