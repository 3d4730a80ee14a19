namespace PerfDomain.TalentReview;

/// <summary>The performance axis of a talent review: a calibrated rating placed below, at or above "meets".</summary>
public enum PerformanceBand
{
    /// <summary>Below the scale's "meets" threshold.</summary>
    Low,

    /// <summary>At the "meets" threshold.</summary>
    Moderate,

    /// <summary>Above the "meets" threshold.</summary>
    High,
}
