using NodaTime;

namespace PerfDomain.Employees.Events;

/// <summary>An employee was hired.</summary>
/// <param name="EmployeeId">The new employee.</param>
/// <param name="OccurredOn">The hire date.</param>
/// <param name="Status">The status on hire: probation or active.</param>
public sealed record EmployeeHired(EmployeeId EmployeeId, LocalDate OccurredOn, EmploymentStatus Status) : IDomainEvent;
