namespace PerfDomain.Consequences;

/// <summary>How an improvement plan ended, or that it was extended.</summary>
public enum ImprovementPlanOutcome
{
    /// <summary>The expectations were met; the plan is over.</summary>
    Successful = 0,

    /// <summary>More time was given; the plan goes on to a new end date.</summary>
    Extended = 1,

    /// <summary>The expectations were not met; the plan is over and the host decides what follows.</summary>
    Unsuccessful = 2,
}
