using NodaTime;

namespace PerfDomain.Employees.Events;

/// <summary>An employee moved to another role or level; a higher level is a promotion.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="From">The role before.</param>
/// <param name="To">The role after.</param>
/// <param name="OccurredOn">The first day in the new role.</param>
public sealed record RoleChanged(EmployeeId EmployeeId, RoleAssignment From, RoleAssignment To, LocalDate OccurredOn) : IDomainEvent;
