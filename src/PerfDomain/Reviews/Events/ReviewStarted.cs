using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Reviews.Events;

/// <summary>A reviewer started a review of an employee for a cycle.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="CycleId">The cycle.</param>
/// <param name="EmployeeId">The employee reviewed.</param>
/// <param name="ReviewerId">The reviewer.</param>
/// <param name="Role">The reviewer's role.</param>
/// <param name="OccurredOn">The day it started.</param>
public sealed record ReviewStarted(ReviewId ReviewId, CycleId CycleId, EmployeeId EmployeeId, EmployeeId ReviewerId, ReviewerRole Role, LocalDate OccurredOn) : IDomainEvent;
