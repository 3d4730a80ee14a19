using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots;

/// <summary>
/// Checks that every date of a snapshot lies in <see cref="OrganizationSnapshot.SupportedDates"/>,
/// reporting the first that does not at its path in the JSON form. The reader refuses such dates as
/// it reads them; this catches those of a snapshot built in memory, or changed with
/// <see cref="OrganizationSnapshot.With(AggregateRoot[])"/>, so that no evaluation meets them.
/// </summary>
internal static class SnapshotDates
{
    private static readonly SnapshotPath Root = SnapshotPath.Root;

    public static void Check(OrganizationSnapshot snapshot)
    {
        if (snapshot.ReferenceDate is { } reference)
        {
            Require(reference, Root.Field("organization").Field("referenceDate"));
        }

        for (var i = 0; i < snapshot.Employees.Count; i++)
        {
            Employee(snapshot.Employees[i], Root.Field("employees")[i]);
        }

        for (var i = 0; i < snapshot.Cycles.Count; i++)
        {
            Cycle(snapshot.Cycles[i], Root.Field("cycles")[i]);
        }

        for (var i = 0; i < snapshot.CycleRecords.Count; i++)
        {
            CycleRecord(snapshot.CycleRecords[i], Root.Field("cycleRecords")[i]);
        }

        var first = 0;
        foreach (var set in snapshot.GoalSets)
        {
            GoalSet(set, first);
            first += set.Objectives.Count;
        }

        for (var i = 0; i < snapshot.CheckIns.Count; i++)
        {
            CheckIn(snapshot.CheckIns[i], Root.Field("checkIns")[i]);
        }

        for (var i = 0; i < snapshot.FeedbackNotes.Count; i++)
        {
            FeedbackNote(snapshot.FeedbackNotes[i], Root.Field("feedbackNotes")[i]);
        }

        for (var i = 0; i < snapshot.Reviews.Count; i++)
        {
            Review(snapshot.Reviews[i], Root.Field("reviews")[i]);
        }

        for (var i = 0; i < snapshot.DevelopmentPlans.Count; i++)
        {
            DevelopmentPlan(snapshot.DevelopmentPlans[i], Root.Field("developmentPlans")[i]);
        }

        for (var i = 0; i < snapshot.Recognitions.Count; i++)
        {
            Recognition(snapshot.Recognitions[i], Root.Field("recognitions")[i]);
        }

        for (var i = 0; i < snapshot.ImprovementPlans.Count; i++)
        {
            ImprovementPlan(snapshot.ImprovementPlans[i], Root.Field("improvementPlans")[i]);
        }
    }

    public static void Employee(Employee employee, SnapshotPath path)
    {
        Require(employee.HireDate, path.Field("hireDate"));
        for (var j = 0; j < employee.StatusHistory.Count; j++)
        {
            Require(employee.StatusHistory[j].EffectiveOn, path.Field("statusHistory")[j].Field("effectiveOn"));
        }

        for (var j = 0; j < employee.RoleHistory.Count; j++)
        {
            Require(employee.RoleHistory[j].EffectiveOn, path.Field("roleHistory")[j].Field("effectiveOn"));
        }

        for (var j = 0; j < employee.ReportingLines.Count; j++)
        {
            Require(employee.ReportingLines[j].EffectiveOn, path.Field("reportingLines")[j].Field("effectiveOn"));
        }

        for (var j = 0; j < employee.OrgUnitHistory.Count; j++)
        {
            Require(employee.OrgUnitHistory[j].EffectiveOn, path.Field("orgUnitHistory")[j].Field("effectiveOn"));
        }
    }

    public static void Cycle(PerformanceCycle cycle, SnapshotPath path)
    {
        Require(cycle.Period.Start, path.Field("period").Field("start"));
        Require(cycle.Period.End, path.Field("period").Field("end"));
        for (var j = 0; j < cycle.Windows.Count; j++)
        {
            // Windows lie inside the period (a rule of the cycle): this only names the first one outside the range.
            Require(cycle.Windows[j].Dates.Start, path.Field("windows")[j].Field("start"));
            Require(cycle.Windows[j].Dates.End, path.Field("windows")[j].Field("end"));
        }
    }

    public static void CycleRecord(CycleRecord record, SnapshotPath path)
    {
        for (var j = 0; j < record.History.Count; j++)
        {
            Require(record.History[j].EnteredOn, path.Field("history")[j].Field("enteredOn"));
        }
    }

    /// <summary>Checks a goal set whose first objective is at <paramref name="first"/> in <c>$.objectives</c>.</summary>
    public static void GoalSet(GoalSet set, int first)
    {
        for (var j = 0; j < set.Objectives.Count; j++)
        {
            var keyResults = set.Objectives[j].KeyResults;
            for (var k = 0; k < keyResults.Count; k++)
            {
                if (keyResults[k].LastUpdatedOn is { } updated)
                {
                    Require(updated, Root.Field("objectives")[first + j].Field("keyResults")[k].Field("lastUpdatedOn"));
                }
            }
        }
    }

    public static void CheckIn(CheckIn checkIn, SnapshotPath path) => Require(checkIn.Date, path.Field("date"));

    public static void FeedbackNote(FeedbackNote note, SnapshotPath path) => Require(note.Date, path.Field("date"));

    public static void Recognition(Recognition recognition, SnapshotPath path) => Require(recognition.GrantedOn, path.Field("grantedOn"));

    public static void Review(Review review, SnapshotPath path)
    {
        Require(review.StartedOn, path.Field("startedOn"));
        if (review.SubmittedOn is { } submitted)
        {
            Require(submitted, path.Field("submittedOn"));
        }

        for (var j = 0; j < review.Calibrations.Count; j++)
        {
            Require(review.Calibrations[j].CalibratedOn, path.Field("calibrations")[j].Field("calibratedOn"));
        }
    }

    public static void DevelopmentPlan(DevelopmentPlan plan, SnapshotPath path)
    {
        Require(plan.CreatedOn, path.Field("createdOn"));
        if (plan.ClosedOn is { } closed)
        {
            Require(closed, path.Field("closedOn"));
        }

        for (var j = 0; j < plan.Actions.Count; j++)
        {
            Require(plan.Actions[j].DueOn, path.Field("actions")[j].Field("dueOn"));
            if (plan.Actions[j].ClosedOn is { } actionClosed)
            {
                Require(actionClosed, path.Field("actions")[j].Field("closedOn"));
            }
        }
    }

    public static void ImprovementPlan(ImprovementPlan plan, SnapshotPath path)
    {
        Require(plan.StartOn, path.Field("startOn"));
        for (var j = 0; j < plan.Checkpoints.Count; j++)
        {
            Require(plan.Checkpoints[j].DueOn, path.Field("checkpoints")[j].Field("dueOn"));
            if (plan.Checkpoints[j].HeldOn is { } held)
            {
                Require(held, path.Field("checkpoints")[j].Field("heldOn"));
            }
        }

        for (var j = 0; j < plan.Decisions.Count; j++)
        {
            Require(plan.Decisions[j].DecidedOn, path.Field("decisions")[j].Field("decidedOn"));
            if (plan.Decisions[j].NewEndsOn is { } newEnd)
            {
                Require(newEnd, path.Field("decisions")[j].Field("newEndsOn"));
            }
        }

        if (plan.EndsOn > OrganizationSnapshot.SupportedDates.End)
        {
            throw path.Field("duration").Error($"the plan ends on {plan.EndsOn:uuuu-MM-dd}, after {OrganizationSnapshot.SupportedDates.End:uuuu-MM-dd}, the latest date a snapshot may hold.");
        }
    }

    /// <summary>What is wrong with a date a snapshot would hold, in the format's words; <see langword="null"/> when nothing is.</summary>
    public static string? Problem(LocalDate date)
    {
        var supported = OrganizationSnapshot.SupportedDates;
        return date < supported.Start || date > supported.End
            ? $"expected a date between {supported.Start:uuuu-MM-dd} and {supported.End:uuuu-MM-dd}, found {date:uuuu-MM-dd}."
            : null;
    }

    internal static void Require(LocalDate date, SnapshotPath path)
    {
        if (Problem(date) is { } problem)
        {
            throw path.Error(problem);
        }
    }
}
