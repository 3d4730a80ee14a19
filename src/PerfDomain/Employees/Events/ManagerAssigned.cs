using NodaTime;

namespace PerfDomain.Employees.Events;

/// <summary>An employee started reporting to another manager (or to nobody).</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="ManagerId">The new manager, or <see langword="null"/>.</param>
/// <param name="OccurredOn">The first day of the new reporting line.</param>
public sealed record ManagerAssigned(EmployeeId EmployeeId, EmployeeId? ManagerId, LocalDate OccurredOn) : IDomainEvent;
