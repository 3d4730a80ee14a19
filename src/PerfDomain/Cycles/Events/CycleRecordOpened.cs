using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Cycles.Events;

/// <summary>An employee joined a cycle: their record of it opened at the goal-setting stage.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="OccurredOn">The day the record opened.</param>
public sealed record CycleRecordOpened(CycleId CycleId, EmployeeId EmployeeId, LocalDate OccurredOn) : IDomainEvent;
