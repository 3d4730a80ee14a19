namespace PerfDomain.Feedback;

/// <summary>Which way a feedback note travels in the reporting line.</summary>
public enum FeedbackDirection
{
    /// <summary>From a manager to someone who reports to them.</summary>
    Downward = 0,

    /// <summary>From someone to their manager (or a manager further up).</summary>
    Upward = 1,

    /// <summary>Between colleagues outside each other's reporting line.</summary>
    Peer = 2,

    /// <summary>An employee's reflection on their own work.</summary>
    Self = 3,
}
