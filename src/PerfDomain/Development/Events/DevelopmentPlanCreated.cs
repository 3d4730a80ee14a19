using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Development.Events;

/// <summary>A development plan was created for an employee.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="OccurredOn">The day it was created.</param>
public sealed record DevelopmentPlanCreated(DevelopmentPlanId PlanId, EmployeeId EmployeeId, LocalDate OccurredOn) : IDomainEvent;
