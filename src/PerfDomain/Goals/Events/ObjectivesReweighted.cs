using NodaTime;
using PerfDomain.Cycles;

namespace PerfDomain.Goals.Events;

/// <summary>An owner's objectives were given new weights, totalling 100%.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="Owner">The owner.</param>
/// <param name="OccurredOn">The day of the change.</param>
public sealed record ObjectivesReweighted(CycleId CycleId, GoalOwner Owner, LocalDate OccurredOn) : IDomainEvent;
