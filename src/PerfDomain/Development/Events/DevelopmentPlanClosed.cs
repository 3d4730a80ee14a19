using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Development.Events;

/// <summary>A development plan was completed or cancelled.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Status">Completed or cancelled.</param>
/// <param name="OccurredOn">The day it closed.</param>
public sealed record DevelopmentPlanClosed(DevelopmentPlanId PlanId, EmployeeId EmployeeId, DevelopmentPlanStatus Status, LocalDate OccurredOn) : IDomainEvent;
