using NodaTime;

namespace PerfDomain.Development.Events;

/// <summary>An action was added to a development plan.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ActionId">The action.</param>
/// <param name="Kind">The kind of action.</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="OccurredOn">The day it was added.</param>
public sealed record DevelopmentActionAdded(DevelopmentPlanId PlanId, DevelopmentActionId ActionId, DevelopmentActionKind Kind, LocalDate DueOn, LocalDate OccurredOn) : IDomainEvent;
