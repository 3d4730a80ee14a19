using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Feedback.Events;

/// <summary>A check-in took place.</summary>
/// <param name="CheckInId">The check-in.</param>
/// <param name="EmployeeId">The employee checked in with.</param>
/// <param name="OccurredOn">The day it took place.</param>
public sealed record CheckInRecorded(CheckInId CheckInId, EmployeeId EmployeeId, LocalDate OccurredOn) : IDomainEvent;
