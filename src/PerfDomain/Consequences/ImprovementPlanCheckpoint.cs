using NodaTime;

namespace PerfDomain.Consequences;

/// <summary>A planned review point of an improvement plan (for example at 30, 60 and 90 days).</summary>
/// <param name="DueOn">The day it is due.</param>
/// <param name="HeldOn">The day it was held, if it was.</param>
/// <param name="Note">What was concluded, if it was held.</param>
public sealed record ImprovementPlanCheckpoint(LocalDate DueOn, LocalDate? HeldOn = null, string? Note = null)
{
    /// <summary>Gets whether the checkpoint was held.</summary>
    public bool IsHeld => HeldOn is not null;
}
