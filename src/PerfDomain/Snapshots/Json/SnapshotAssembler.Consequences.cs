using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotAssembler
{
    private static DevelopmentPlan AssembleDevelopmentPlan(DevelopmentPlanDocument document, SnapshotPath path)
    {
        var createdOn = Required(document.CreatedOn, path.Field("createdOn"));
        var plan = DevelopmentPlan.Create(
            Id<DevelopmentPlanId>(document.Id, path.Field("id")),
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            OptionalId<CycleId>(document.CycleId, path.Field("cycleId")),
            createdOn);

        var actions = document.Actions ?? [];
        for (var i = 0; i < actions.Count; i++)
        {
            var at = path.Field("actions")[i];
            var action = Required(actions[i], at);
            var id = Id<DevelopmentActionId>(action.Id, at.Field("id"));
            var kind = Required(action.Kind, at.Field("kind"));
            var description = Text(action.Description, at.Field("description"));
            var dueOn = Required(action.DueOn, at.Field("dueOn"));
            var competency = OptionalId<CompetencyId>(action.CompetencyId, at.Field("competencyId"));
            var objective = OptionalId<ObjectiveId>(action.ObjectiveId, at.Field("objectiveId"));
            Guarded(at, () => plan.AddAction(id, kind, description, dueOn, competency, objective, createdOn));
            var status = action.Status ?? DevelopmentActionStatus.Planned;
            var closedOn = ClosedOn(status is DevelopmentActionStatus.Completed or DevelopmentActionStatus.Cancelled, action.ClosedOn, createdOn, at);
            Guarded(at, () =>
            {
                switch (status)
                {
                    case DevelopmentActionStatus.InProgress:
                        plan.StartAction(id, createdOn);
                        break;
                    case DevelopmentActionStatus.Completed:
                        plan.CompleteAction(id, closedOn!.Value);
                        break;
                    case DevelopmentActionStatus.Cancelled:
                        plan.CancelAction(id, closedOn!.Value);
                        break;
                }
            });
        }

        var planStatus = document.Status ?? DevelopmentPlanStatus.Active;
        var planClosedOn = ClosedOn(planStatus != DevelopmentPlanStatus.Active, document.ClosedOn, createdOn, path);
        Guarded(path.Field("status"), () =>
        {
            if (planStatus == DevelopmentPlanStatus.Completed)
            {
                plan.Complete(planClosedOn!.Value);
            }
            else if (planStatus == DevelopmentPlanStatus.Cancelled)
            {
                plan.Cancel(planClosedOn!.Value);
            }
        });

        plan.ClearDomainEvents();
        return plan;
    }

    private static LocalDate? ClosedOn(bool closed, LocalDate? closedOn, LocalDate createdOn, SnapshotPath at)
    {
        if (closed != closedOn.HasValue)
        {
            throw at.Field("closedOn").Error(closed ? "required field is missing: a completed or cancelled item needs its closedOn." : "is set, but the status is not completed or cancelled.");
        }

        if (closedOn is { } date)
        {
            RequireNotBefore(date, createdOn, at.Field("closedOn"), "the plan's createdOn");
        }

        return closedOn;
    }

    private static Recognition AssembleRecognition(RecognitionDocument document, SnapshotPath path)
    {
        var recognition = Recognition.Grant(
            Id<RecognitionId>(document.Id, path.Field("id")),
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            Required(document.Kind, path.Field("kind")),
            OptionalId<CycleId>(document.CycleId, path.Field("cycleId")),
            Id<EmployeeId>(document.GrantedBy, path.Field("grantedBy")),
            Required(document.GrantedOn, path.Field("grantedOn")),
            Text(document.Reason, path.Field("reason")));
        recognition.ClearDomainEvents();
        return recognition;
    }

    private static ImprovementPlan AssembleImprovementPlan(ImprovementPlanDocument document, SnapshotPath path)
    {
        var startOn = Required(document.StartOn, path.Field("startOn"));
        var checkpoints = RequiredList(document.Checkpoints, path.Field("checkpoints"));
        var days = new List<int>(checkpoints.Count);
        for (var i = 0; i < checkpoints.Count; i++)
        {
            var dueOn = Required(checkpoints[i].DueOn, path.Field("checkpoints")[i].Field("dueOn"));
            days.Add(Period.DaysBetween(startOn, dueOn));
        }

        var duration = Required(document.Duration, path.Field("duration"));
        if (!duration.HasTimeComponent && (!ImprovementPlan.TryPlus(startOn, duration, out var endsOn) || endsOn > OrganizationSnapshot.SupportedDates.End))
        {
            throw path.Field("duration").Error($"a plan starting on {startOn:uuuu-MM-dd} and lasting {duration} would end after {OrganizationSnapshot.SupportedDates.End:uuuu-MM-dd}, the latest date a snapshot may hold.");
        }

        var plan = Guarded(path, () => ImprovementPlan.Start(
            Id<ImprovementPlanId>(document.Id, path.Field("id")),
            Id<EmployeeId>(document.EmployeeId, path.Field("employeeId")),
            startOn,
            duration,
            Text(document.Expectations, path.Field("expectations")),
            days));

        for (var i = 0; i < checkpoints.Count; i++)
        {
            var at = path.Field("checkpoints")[i];
            if (checkpoints[i].HeldOn is { } heldOn)
            {
                var note = Text(checkpoints[i].Note, at.Field("note"));
                Guarded(at, () => plan.HoldCheckpoint(checkpoints[i].DueOn!.Value, heldOn, note));
            }
            else if (checkpoints[i].Note is not null)
            {
                throw at.Field("note").Error("a checkpoint that was not held (no heldOn) has no note.");
            }
        }

        var decisions = document.Decisions ?? [];
        for (var i = 0; i < decisions.Count; i++)
        {
            var at = path.Field("decisions")[i];
            var decision = Required(decisions[i], at);
            var outcome = Required(decision.Outcome, at.Field("outcome"));
            var by = Id<EmployeeId>(decision.DecidedBy, at.Field("decidedBy"));
            var on = Required(decision.DecidedOn, at.Field("decidedOn"));
            if (outcome == ImprovementPlanOutcome.Extended)
            {
                var newEnd = Required(decision.NewEndsOn, at.Field("newEndsOn"));
                if (newEnd <= plan.EndsOn)
                {
                    throw at.Field("newEndsOn").Error($"an extension moves the end date later than {plan.EndsOn:uuuu-MM-dd}, not to {newEnd:uuuu-MM-dd}.");
                }

                Guarded(at, () => plan.Extend(Period.FromDays(Period.DaysBetween(plan.EndsOn, newEnd)), by, on));
            }
            else
            {
                if (decision.NewEndsOn is not null)
                {
                    throw at.Field("newEndsOn").Error($"only an extension has a newEndsOn; this outcome is {outcome}.");
                }

                Guarded(at, () => plan.Conclude(outcome, by, on));
            }
        }

        plan.ClearDomainEvents();
        return plan;
    }
}
