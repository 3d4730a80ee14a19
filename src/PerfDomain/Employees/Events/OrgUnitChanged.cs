using NodaTime;

namespace PerfDomain.Employees.Events;

/// <summary>An employee moved to another organisational unit.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="OrgUnitId">The new unit.</param>
/// <param name="OccurredOn">The first day in the new unit.</param>
public sealed record OrgUnitChanged(EmployeeId EmployeeId, OrgUnitId OrgUnitId, LocalDate OccurredOn) : IDomainEvent;
