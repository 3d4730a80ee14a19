using NodaTime;
using PerfDomain.Cycles;

namespace PerfDomain.Goals.Events;

/// <summary>A measurable key result was added to an objective.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="ObjectiveId">The objective.</param>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Start">The start value.</param>
/// <param name="Target">The target value.</param>
/// <param name="Unit">The unit.</param>
/// <param name="OccurredOn">The day it was added.</param>
public sealed record KeyResultAdded(CycleId CycleId, ObjectiveId ObjectiveId, KeyResultId KeyResultId, decimal Start, decimal Target, string Unit, LocalDate OccurredOn) : IDomainEvent;
