using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Development.Events;
using PerfDomain.Employees;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Development;

/// <summary>
/// An employee's development plan: actions of training, coaching, stretch assignments and
/// mentoring, each with a due day and a status, linked to a competency or a goal.
/// </summary>
/// <remarks>
/// A plan is active until it is completed (every action completed or cancelled) or cancelled;
/// a closed plan does not change. Not thread-safe; identity is <see cref="Id"/>.
/// </remarks>
public sealed class DevelopmentPlan : AggregateRoot
{
    private readonly List<DevelopmentAction> _actions = [];

    private DevelopmentPlan(DevelopmentPlanId id, EmployeeId employeeId, CycleId? cycleId, LocalDate createdOn)
    {
        Id = id;
        EmployeeId = employeeId;
        CycleId = cycleId;
        CreatedOn = createdOn;
    }

    /// <summary>Gets the plan's identifier.</summary>
    public DevelopmentPlanId Id { get; }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; }

    /// <summary>Gets the cycle whose review led to the plan, if any.</summary>
    public CycleId? CycleId { get; }

    /// <summary>Gets the day the plan was created.</summary>
    public LocalDate CreatedOn { get; }

    /// <summary>Gets where the plan stands.</summary>
    public DevelopmentPlanStatus Status { get; private set; }

    /// <summary>Gets the day the plan was completed or cancelled, if it was.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>Gets the actions, in the order added.</summary>
    public IReadOnlyList<DevelopmentAction> Actions => _actions;

    /// <summary>Tells whether the plan was active at the end of a day.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns><see langword="true"/> when created by then and not closed by then.</returns>
    public bool IsActiveOn(LocalDate asOf) => CreatedOn <= asOf && (ClosedOn is null || ClosedOn > asOf);

    /// <summary>Creates an empty, active plan.</summary>
    /// <param name="id">The plan's identifier.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="cycleId">The cycle that led to it, if any.</param>
    /// <param name="on">The day it is created.</param>
    /// <returns>The plan, with a <see cref="DevelopmentPlanCreated"/> event recorded.</returns>
    public static DevelopmentPlan Create(DevelopmentPlanId id, EmployeeId employeeId, CycleId? cycleId, LocalDate on)
    {
        var plan = new DevelopmentPlan(Guard.Against.DefaultId(id), Guard.Against.DefaultId(employeeId), Guard.Against.DefaultId(cycleId), on);
        plan.Record(new DevelopmentPlanCreated(id, employeeId, on));
        return plan;
    }

    /// <summary>Adds a planned action.</summary>
    /// <param name="id">The action's identifier, unique within the plan.</param>
    /// <param name="kind">The kind of action.</param>
    /// <param name="description">What is to be done.</param>
    /// <param name="dueOn">The day it is due: not before the plan was created.</param>
    /// <param name="competencyId">The competency it develops; this or <paramref name="objectiveId"/> (or both) is required.</param>
    /// <param name="objectiveId">The objective it serves.</param>
    /// <param name="on">The day it is added.</param>
    /// <returns>The action.</returns>
    /// <exception cref="DomainRuleViolationException">The plan is closed, the id is taken, the action is linked to nothing, or it is added or due before the plan began.</exception>
    public DevelopmentAction AddAction(DevelopmentActionId id, DevelopmentActionKind kind, string description, LocalDate dueOn, CompetencyId? competencyId, ObjectiveId? objectiveId, LocalDate on)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.EnumOutOfRange(kind);
        Guard.Against.InvalidText(description, 1000);
        Guard.Against.DefaultId(competencyId);
        Guard.Against.DefaultId(objectiveId);
        RequireActive("add an action");
        if (_actions.Exists(a => a.Id == id))
        {
            throw new DomainRuleViolationException("development.duplicate-id", $"Development plan '{Id}' already has an action '{id}'.");
        }

        if (competencyId is null && objectiveId is null)
        {
            throw new DomainRuleViolationException("development.action-link", $"Development action '{id}' must be linked to a competency or a goal.");
        }

        if (on < CreatedOn)
        {
            throw new DomainRuleViolationException("development.date-order", $"Development action '{id}' cannot be added on {on:uuuu-MM-dd}, before its plan '{Id}' was created on {CreatedOn:uuuu-MM-dd}.");
        }

        if (dueOn < CreatedOn)
        {
            throw new DomainRuleViolationException("development.date-order", $"Development action '{id}' is due on {dueOn:uuuu-MM-dd}, before its plan '{Id}' was created on {CreatedOn:uuuu-MM-dd}.");
        }

        var action = new DevelopmentAction(id, kind, description, dueOn, competencyId, objectiveId);
        _actions.Add(action);
        Record(new DevelopmentActionAdded(Id, id, kind, dueOn, on));
        return action;
    }

    /// <summary>Starts a planned action.</summary>
    /// <param name="id">The action.</param>
    /// <param name="on">The day it starts.</param>
    /// <exception cref="DomainRuleViolationException">The plan is closed or the action is not planned.</exception>
    public void StartAction(DevelopmentActionId id, LocalDate on) =>
        Move(id, DevelopmentActionStatus.InProgress, on, DevelopmentActionStatus.Planned);

    /// <summary>Completes an open action.</summary>
    /// <param name="id">The action.</param>
    /// <param name="on">The day it was completed.</param>
    /// <exception cref="DomainRuleViolationException">The plan is closed or the action is not open.</exception>
    public void CompleteAction(DevelopmentActionId id, LocalDate on) =>
        Move(id, DevelopmentActionStatus.Completed, on, DevelopmentActionStatus.Planned, DevelopmentActionStatus.InProgress);

    /// <summary>Cancels an open action.</summary>
    /// <param name="id">The action.</param>
    /// <param name="on">The day it was dropped.</param>
    /// <exception cref="DomainRuleViolationException">The plan is closed or the action is not open.</exception>
    public void CancelAction(DevelopmentActionId id, LocalDate on) =>
        Move(id, DevelopmentActionStatus.Cancelled, on, DevelopmentActionStatus.Planned, DevelopmentActionStatus.InProgress);

    /// <summary>Completes the plan.</summary>
    /// <param name="on">The day it completes.</param>
    /// <exception cref="DomainRuleViolationException">The plan is closed, has no action, or has open actions (<c>development.plan-completion</c>).</exception>
    public void Complete(LocalDate on)
    {
        RequireActive("complete it");
        if (_actions.Count == 0 || _actions.Exists(a => a.IsOpen))
        {
            var why = _actions.Count == 0 ? "it has no action" : $"action '{_actions.First(a => a.IsOpen).Id}' is still open";
            throw new DomainRuleViolationException("development.plan-completion", $"Development plan '{Id}' cannot be completed: {why}.");
        }

        Close(DevelopmentPlanStatus.Completed, on);
    }

    /// <summary>Cancels the plan.</summary>
    /// <param name="on">The day it is dropped.</param>
    /// <exception cref="DomainRuleViolationException">The plan is closed already.</exception>
    public void Cancel(LocalDate on)
    {
        RequireActive("cancel it");
        Close(DevelopmentPlanStatus.Cancelled, on);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: plan of {EmployeeId} ({Status}, {_actions.Count} actions)";

    private void Close(DevelopmentPlanStatus status, LocalDate on)
    {
        if (on < CreatedOn)
        {
            throw new DomainRuleViolationException("development.date-order", $"Development plan '{Id}' was created on {CreatedOn:uuuu-MM-dd}; it cannot close earlier, on {on:uuuu-MM-dd}.");
        }

        Status = status;
        ClosedOn = on;
        Record(new DevelopmentPlanClosed(Id, EmployeeId, status, on));
    }

    private void Move(DevelopmentActionId id, DevelopmentActionStatus to, LocalDate on, params DevelopmentActionStatus[] from)
    {
        RequireActive($"change action '{id}'");
        var action = _actions.Find(a => a.Id == id) ?? throw new KeyNotFoundException($"Development plan '{Id}' has no action '{id}'.");
        if (on < CreatedOn)
        {
            throw new DomainRuleViolationException("development.date-order", $"Development action '{id}' cannot change on {on:uuuu-MM-dd}, before its plan '{Id}' was created on {CreatedOn:uuuu-MM-dd}.");
        }

        if (!from.Contains(action.Status))
        {
            throw new DomainRuleViolationException("development.action-status", $"Development action '{id}' is {action.Status}; it cannot become {to}.");
        }

        action.Status = to;
        if (to is DevelopmentActionStatus.Completed or DevelopmentActionStatus.Cancelled)
        {
            action.ClosedOn = on;
        }

        Record(new DevelopmentActionStatusChanged(Id, id, to, on));
    }

    private void RequireActive(string action)
    {
        if (Status != DevelopmentPlanStatus.Active)
        {
            throw new DomainRuleViolationException("development.plan-closed", $"Development plan '{Id}' is {Status}; one cannot {action}.");
        }
    }
}
