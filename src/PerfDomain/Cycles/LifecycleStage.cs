namespace PerfDomain.Cycles;

/// <summary>
/// The stages of the performance-management lifecycle, in the order an employee's record of a
/// cycle moves through them.
/// </summary>
public enum LifecycleStage
{
    /// <summary>Objectives and key results are set and aligned.</summary>
    GoalSetting = 0,

    /// <summary>Check-ins and feedback in every direction.</summary>
    OngoingFeedback = 1,

    /// <summary>Self, manager, peer and upward reviews, with ratings and calibration.</summary>
    Review = 2,

    /// <summary>A development plan of training, coaching, stretch assignments and mentoring.</summary>
    DevelopmentPlanning = 3,

    /// <summary>Recognition and rewards, or corrective action such as an improvement plan.</summary>
    Consequences = 4,

    /// <summary>The record is complete; nothing more changes.</summary>
    Closed = 5,
}
