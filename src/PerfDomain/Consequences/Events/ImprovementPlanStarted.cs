using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Consequences.Events;

/// <summary>An improvement plan started.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="EndsOn">The day it ends.</param>
/// <param name="OccurredOn">The day it started.</param>
public sealed record ImprovementPlanStarted(ImprovementPlanId PlanId, EmployeeId EmployeeId, LocalDate EndsOn, LocalDate OccurredOn) : IDomainEvent;
