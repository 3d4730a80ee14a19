using PerfDomain.Development;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.TestSupport;

/// <summary>
/// Feeds a <see cref="SnapshotBuilder"/> the rows a host would hold for a snapshot's aggregates:
/// each aggregate's data, member by member, never the aggregate itself.
/// </summary>
internal static class SnapshotRows
{
    public static SnapshotBuilder Builder(OrganizationSnapshot snapshot)
    {
        var builder = new SnapshotBuilder(snapshot.OrganizationName, snapshot.ReferenceDate);
        foreach (var unit in snapshot.OrgUnits)
        {
            builder.AddOrgUnit(unit.Id, unit.Name, unit.ParentId);
        }

        foreach (var e in snapshot.Employees)
        {
            builder.AddEmployee(e.Id, e.Name, e.HireDate, e.StatusHistory, e.RoleHistory, e.ReportingLines, e.OrgUnitHistory);
        }

        foreach (var c in snapshot.Cycles)
        {
            builder.AddCycle(c.Id, c.Name, c.Period, c.Windows, c.Scale);
        }

        foreach (var r in snapshot.CycleRecords)
        {
            builder.AddCycleRecord(r.CycleId, r.EmployeeId, r.History);
        }

        foreach (var set in snapshot.GoalSets)
        {
            foreach (var o in set.Objectives)
            {
                builder.AddObjective(
                    o.Id, set.CycleId, o.Owner, o.Title, o.Weight, o.ParentId,
                    o.KeyResults.Select(k => new KeyResultRow(k.Id, k.Description, k.Start, k.Target, k.Unit, k.Current, k.LastUpdatedOn)));
            }
        }

        foreach (var c in snapshot.CheckIns)
        {
            builder.AddCheckIn(c.Id, c.EmployeeId, c.Date, c.Participants, c.Progress, c.Summary);
        }

        foreach (var n in snapshot.FeedbackNotes)
        {
            builder.AddFeedbackNote(n.Id, n.FromId, n.AboutId, n.Direction, n.Date, n.Text);
        }

        foreach (var r in snapshot.Reviews)
        {
            builder.AddReview(r.Id, r.CycleId, r.EmployeeId, r.ReviewerId, r.Role, r.StartedOn, r.SubmittedOn, r.OriginalRating, r.CompetencyRatings, r.Calibrations);
        }

        foreach (var p in snapshot.DevelopmentPlans)
        {
            builder.AddDevelopmentPlan(p.Id, p.EmployeeId, p.CycleId, p.CreatedOn, p.Actions.Select(Action), p.Status, p.ClosedOn);
        }

        foreach (var r in snapshot.Recognitions)
        {
            builder.AddRecognition(r.Id, r.EmployeeId, r.Kind, r.CycleId, r.GrantedBy, r.GrantedOn, r.Reason);
        }

        foreach (var p in snapshot.ImprovementPlans)
        {
            builder.AddImprovementPlan(p.Id, p.EmployeeId, p.StartOn, p.Duration, p.Expectations, p.Checkpoints, p.Decisions);
        }

        foreach (var r in snapshot.PayRanges)
        {
            builder.AddPayRange(r.Grade, r.Currency.Value, r.Period, r.Minimum, r.Midpoint, r.Maximum);
        }

        foreach (var c in snapshot.Compensation)
        {
            builder.AddCompensation(c.EmployeeId, c.BasePay.Select(p => new BasePayRow(p.EffectiveOn, p.Amount, p.Currency.Value, p.Period, p.Grade)));
        }

        foreach (var a in snapshot.PotentialAssessments)
        {
            builder.AddPotentialAssessment(a.Id, a.CycleId, a.EmployeeId, a.AssessedBy, a.AssessedOn, a.OriginalPotential, a.Calibrations);
        }

        return builder;
    }

    private static DevelopmentActionRow Action(DevelopmentAction a) =>
        new(a.Id, a.Kind, a.Description, a.DueOn, a.Status, a.ClosedOn, a.CompetencyId, a.ObjectiveId);
}
