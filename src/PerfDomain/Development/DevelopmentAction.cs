using NodaTime;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Development;

/// <summary>One action of a development plan, linked to the competency or goal it develops.</summary>
/// <remarks>Owned by its <see cref="DevelopmentPlan"/>, through which it changes.</remarks>
public sealed class DevelopmentAction
{
    internal DevelopmentAction(DevelopmentActionId id, DevelopmentActionKind kind, string description, LocalDate dueOn, CompetencyId? competencyId, ObjectiveId? objectiveId)
    {
        Id = id;
        Kind = kind;
        Description = description;
        DueOn = dueOn;
        CompetencyId = competencyId;
        ObjectiveId = objectiveId;
    }

    /// <summary>Gets the action's identifier.</summary>
    public DevelopmentActionId Id { get; }

    /// <summary>Gets the kind of action.</summary>
    public DevelopmentActionKind Kind { get; }

    /// <summary>Gets what is to be done.</summary>
    public string Description { get; }

    /// <summary>Gets the day it is due.</summary>
    public LocalDate DueOn { get; }

    /// <summary>Gets the competency it develops, if linked to one.</summary>
    public CompetencyId? CompetencyId { get; }

    /// <summary>Gets the objective it serves, if linked to one.</summary>
    public ObjectiveId? ObjectiveId { get; }

    /// <summary>Gets where it stands.</summary>
    public DevelopmentActionStatus Status { get; internal set; }

    /// <summary>Gets the day it was completed or cancelled, if it was.</summary>
    public LocalDate? ClosedOn { get; internal set; }

    /// <summary>Gets whether it is still open (planned or in progress).</summary>
    public bool IsOpen => Status is DevelopmentActionStatus.Planned or DevelopmentActionStatus.InProgress;

    /// <summary>Tells whether it is open past its due day.</summary>
    /// <param name="asOf">The day to judge on.</param>
    /// <returns><see langword="true"/> when open and due before <paramref name="asOf"/>.</returns>
    public bool IsOverdue(LocalDate asOf) => IsOpen && DueOn < asOf;

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Kind} '{Description}' due {DueOn:uuuu-MM-dd} ({Status})";
}
