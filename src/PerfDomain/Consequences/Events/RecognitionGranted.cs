using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Consequences.Events;

/// <summary>An employee was recognised or rewarded.</summary>
/// <param name="RecognitionId">The recognition.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Kind">The kind of recognition or reward.</param>
/// <param name="OccurredOn">The day it was granted.</param>
public sealed record RecognitionGranted(RecognitionId RecognitionId, EmployeeId EmployeeId, RecognitionKind Kind, LocalDate OccurredOn) : IDomainEvent;
