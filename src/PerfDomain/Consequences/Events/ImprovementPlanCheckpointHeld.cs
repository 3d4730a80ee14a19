using NodaTime;

namespace PerfDomain.Consequences.Events;

/// <summary>A checkpoint of an improvement plan was held.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="DueOn">The day the checkpoint was due.</param>
/// <param name="OccurredOn">The day it was held.</param>
public sealed record ImprovementPlanCheckpointHeld(ImprovementPlanId PlanId, LocalDate DueOn, LocalDate OccurredOn) : IDomainEvent;
