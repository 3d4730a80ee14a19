namespace PerfDomain.Reviews;

/// <summary>Where a review stands.</summary>
public enum ReviewStatus
{
    /// <summary>Being written; ratings may still change.</summary>
    Draft = 0,

    /// <summary>Submitted by the reviewer; ratings are final unless calibrated.</summary>
    Submitted = 1,
}
