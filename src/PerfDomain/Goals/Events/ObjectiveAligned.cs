using NodaTime;
using PerfDomain.Cycles;

namespace PerfDomain.Goals.Events;

/// <summary>An objective was aligned to another objective (or its alignment removed).</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="ObjectiveId">The objective.</param>
/// <param name="ParentId">The objective it now aligns to, or <see langword="null"/>.</param>
/// <param name="OccurredOn">The day of the change.</param>
public sealed record ObjectiveAligned(CycleId CycleId, ObjectiveId ObjectiveId, ObjectiveId? ParentId, LocalDate OccurredOn) : IDomainEvent;
