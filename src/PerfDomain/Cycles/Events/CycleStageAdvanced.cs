using NodaTime;
using PerfDomain.Employees;

namespace PerfDomain.Cycles.Events;

/// <summary>An employee's record of a cycle moved on to the next stage.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="From">The stage left.</param>
/// <param name="To">The stage entered.</param>
/// <param name="OccurredOn">The day the stage was entered.</param>
public sealed record CycleStageAdvanced(CycleId CycleId, EmployeeId EmployeeId, LifecycleStage From, LifecycleStage To, LocalDate OccurredOn) : IDomainEvent;
