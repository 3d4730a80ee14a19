using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Consequences.Events;

/// <summary>An outcome was recorded for an improvement plan: successful, extended or unsuccessful.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Decision">The outcome, with the new end date of an extension.</param>
/// <param name="OccurredOn">The day it was decided.</param>
public sealed record ImprovementPlanOutcomeRecorded(ImprovementPlanId PlanId, EmployeeId EmployeeId, ImprovementPlanDecision Decision, LocalDate OccurredOn) : IDomainEvent;
