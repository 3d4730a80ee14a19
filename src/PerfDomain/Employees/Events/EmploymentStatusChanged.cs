using NodaTime;

namespace PerfDomain.Employees.Events;

/// <summary>An employee's employment status changed (probation completed, leave started or ended, termination).</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="OccurredOn">The first day of the new status.</param>
public sealed record EmploymentStatusChanged(EmployeeId EmployeeId, EmploymentStatus From, EmploymentStatus To, LocalDate OccurredOn) : IDomainEvent;
