using NodaTime;
using PerfDomain.Cycles;

namespace PerfDomain.Goals.Events;

/// <summary>An objective was set for an owner in a cycle.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="ObjectiveId">The objective.</param>
/// <param name="Owner">Its owner.</param>
/// <param name="Weight">Its weight, in percent.</param>
/// <param name="ParentId">The objective it aligns to, if any.</param>
/// <param name="OccurredOn">The day it was set.</param>
public sealed record ObjectiveAdded(CycleId CycleId, ObjectiveId ObjectiveId, GoalOwner Owner, decimal Weight, ObjectiveId? ParentId, LocalDate OccurredOn) : IDomainEvent;
