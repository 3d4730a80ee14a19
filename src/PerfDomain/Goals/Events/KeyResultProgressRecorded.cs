using NodaTime;
using PerfDomain.Cycles;

namespace PerfDomain.Goals.Events;

/// <summary>Progress on a key result was recorded.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="KeyResultId">The key result.</param>
/// <param name="Previous">The value before.</param>
/// <param name="Current">The value recorded.</param>
/// <param name="OccurredOn">The day it was recorded.</param>
public sealed record KeyResultProgressRecorded(CycleId CycleId, KeyResultId KeyResultId, decimal Previous, decimal Current, LocalDate OccurredOn) : IDomainEvent;
