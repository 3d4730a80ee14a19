using NodaTime;

namespace PerfDomain.Development.Events;

/// <summary>A development action was started, completed or cancelled.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ActionId">The action.</param>
/// <param name="Status">Its new status.</param>
/// <param name="OccurredOn">The day of the change.</param>
public sealed record DevelopmentActionStatusChanged(DevelopmentPlanId PlanId, DevelopmentActionId ActionId, DevelopmentActionStatus Status, LocalDate OccurredOn) : IDomainEvent;
