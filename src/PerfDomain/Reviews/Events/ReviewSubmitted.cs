using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Reviews.Events;

/// <summary>A reviewer submitted a review.</summary>
/// <param name="ReviewId">The review.</param>
/// <param name="EmployeeId">The employee reviewed.</param>
/// <param name="OverallRating">The overall rating given.</param>
/// <param name="OccurredOn">The day it was submitted.</param>
public sealed record ReviewSubmitted(ReviewId ReviewId, EmployeeId EmployeeId, int OverallRating, LocalDate OccurredOn) : IDomainEvent;
