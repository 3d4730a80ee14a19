namespace PerfDomain.TalentReview;

/// <summary>How much further an employee is judged able to grow: the potential axis of a talent review.</summary>
public enum PotentialLevel
{
    /// <summary>Well placed in the current role.</summary>
    Low,

    /// <summary>Able to grow within the current kind of role.</summary>
    Moderate,

    /// <summary>Able to take on larger roles.</summary>
    High,
}
