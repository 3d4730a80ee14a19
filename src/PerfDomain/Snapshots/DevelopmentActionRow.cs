using NodaTime;
using PerfDomain.Development;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots;

/// <summary>
/// A development action as a host stores it, for <see cref="SnapshotBuilder.AddDevelopmentPlan"/>:
/// the <c>actions</c> item of a development plan in the snapshot format.
/// </summary>
/// <param name="Id">The action's id, unique in its plan.</param>
/// <param name="Kind">Training, coaching, a stretch assignment or mentoring.</param>
/// <param name="Description">What the action is (at most 1,000 characters).</param>
/// <param name="DueOn">The day it is due.</param>
/// <param name="Status">Where it stands: planned, in progress, completed or cancelled.</param>
/// <param name="ClosedOn">The day it was completed or cancelled; required then, absent otherwise.</param>
/// <param name="CompetencyId">The competency it develops, if any.</param>
/// <param name="ObjectiveId">The objective it serves, if any.</param>
/// <remarks>An immutable value; equality compares every member.</remarks>
public sealed record DevelopmentActionRow(
    DevelopmentActionId Id,
    DevelopmentActionKind Kind,
    string Description,
    LocalDate DueOn,
    DevelopmentActionStatus Status = DevelopmentActionStatus.Planned,
    LocalDate? ClosedOn = null,
    CompetencyId? CompetencyId = null,
    ObjectiveId? ObjectiveId = null);
