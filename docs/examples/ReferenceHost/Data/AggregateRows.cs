using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace ReferenceHost.Data;

/// <summary>The rows of aggregates: what a command inserts, and what seeding a tenant from a JSON snapshot writes.</summary>
internal static class AggregateRows
{
    public static void AddSnapshot(HrisDbContext db, string tenant, OrganizationSnapshot snapshot)
    {
        db.OrgUnits.AddRange(snapshot.OrgUnits.Select(u => new OrgUnitRow { TenantId = tenant, Id = u.Id.Value, Name = u.Name, ParentId = u.ParentId?.Value }));
        foreach (var e in snapshot.Employees)
        {
            AddEmployee(db, tenant, e);
        }

        db.Cycles.AddRange(snapshot.Cycles.Select(c => new CycleRow
        {
            TenantId = tenant,
            Id = c.Id.Value,
            Name = c.Name,
            Start = c.Period.Start,
            End = c.Period.End,
            WindowsJson = JsonColumn.Write(c.Windows.Select(w => new StageWindowJson(w.Stage, w.Dates.Start, w.Dates.End)).ToList()),
            ScaleLabelsJson = JsonColumn.Write(c.Scale.Points.Select(p => p.Label).ToList()),
            MeetsThreshold = c.Scale.MeetsThreshold,
        }));
        db.CycleRecords.AddRange(snapshot.CycleRecords.Select(r => new CycleRecordRow
        {
            TenantId = tenant, CycleId = r.CycleId.Value, EmployeeId = r.EmployeeId.Value, HistoryJson = JsonColumn.Write(r.History),
        }));
        foreach (var set in snapshot.GoalSets)
        {
            db.Objectives.AddRange(set.Objectives.Select((o, i) => new ObjectiveRow
            {
                TenantId = tenant,
                Id = o.Id.Value,
                CycleId = set.CycleId.Value,
                Position = i,
                Level = o.Level,
                OwnerId = o.Owner.EmployeeId?.Value ?? o.Owner.OrgUnitId?.Value,
                Title = o.Title,
                Weight = o.Weight,
                ParentId = o.ParentId?.Value,
                KeyResultsJson = JsonColumn.Write(o.KeyResults.Select(k => new KeyResultRow(k.Id, k.Description, k.Start, k.Target, k.Unit, k.Current, k.LastUpdatedOn)).ToList()),
            }));
        }

        foreach (var c in snapshot.CheckIns)
        {
            db.CheckIns.Add(CheckIn(tenant, c));
        }

        db.FeedbackNotes.AddRange(snapshot.FeedbackNotes.Select(n => FeedbackNote(tenant, n)));
        foreach (var r in snapshot.Reviews)
        {
            AddReview(db, tenant, r);
        }

        db.DevelopmentPlans.AddRange(snapshot.DevelopmentPlans.Select(p => new DevelopmentPlanRow
        {
            TenantId = tenant,
            Id = p.Id.Value,
            EmployeeId = p.EmployeeId.Value,
            CycleId = p.CycleId?.Value,
            CreatedOn = p.CreatedOn,
            Status = p.Status,
            ClosedOn = p.ClosedOn,
            ActionsJson = JsonColumn.Write(p.Actions.Select(a => new DevelopmentActionRow(a.Id, a.Kind, a.Description, a.DueOn, a.Status, a.ClosedOn, a.CompetencyId, a.ObjectiveId)).ToList()),
        }));
        db.Recognitions.AddRange(snapshot.Recognitions.Select(r => new RecognitionRow
        {
            TenantId = tenant, Id = r.Id.Value, EmployeeId = r.EmployeeId.Value, Kind = r.Kind, CycleId = r.CycleId?.Value, GrantedBy = r.GrantedBy.Value, GrantedOn = r.GrantedOn, Reason = r.Reason,
        }));
        db.ImprovementPlans.AddRange(snapshot.ImprovementPlans.Select(p => new ImprovementPlanRow
        {
            TenantId = tenant,
            Id = p.Id.Value,
            EmployeeId = p.EmployeeId.Value,
            StartOn = p.StartOn,
            Duration = p.Duration,
            Expectations = p.Expectations,
            CheckpointsJson = JsonColumn.Write(p.Checkpoints),
            DecisionsJson = JsonColumn.Write(p.Decisions),
        }));
    }

    public static CheckInRow CheckIn(string tenant, CheckIn c) => new()
    {
        TenantId = tenant,
        Id = c.Id.Value,
        EmployeeId = c.EmployeeId.Value,
        Date = c.Date,
        ParticipantsJson = JsonColumn.Write(c.Participants),
        ProgressJson = JsonColumn.Write(c.Progress),
        Summary = c.Summary,
    };

    public static FeedbackNoteRow FeedbackNote(string tenant, FeedbackNote n) => new()
    {
        TenantId = tenant, Id = n.Id.Value, FromId = n.FromId.Value, AboutId = n.AboutId.Value, Direction = n.Direction, Date = n.Date, Text = n.Text,
    };

    public static CalibrationRow Calibration(string tenant, ReviewId review, int seq, Calibration c) => new()
    {
        TenantId = tenant,
        ReviewId = review.Value,
        Seq = seq,
        OriginalRating = c.OriginalRating,
        CalibratedRating = c.CalibratedRating,
        CalibratedBy = c.CalibratedBy.Value,
        Reason = c.Reason,
        CalibratedOn = c.CalibratedOn,
    };

    private static void AddEmployee(HrisDbContext db, string tenant, Employee e)
    {
        db.Employees.Add(new EmployeeRow { TenantId = tenant, Id = e.Id.Value, Name = e.Name, HireDate = e.HireDate });
        var seq = 0;
        EmployeeHistoryRow Entry(string kind, NodaTime.LocalDate on) => new() { TenantId = tenant, EmployeeId = e.Id.Value, Seq = seq++, Kind = kind, EffectiveOn = on };
        db.EmployeeHistory.AddRange(e.StatusHistory.Select(s => WithStatus(Entry(EmployeeHistoryKinds.Status, s.EffectiveOn), s.Status)));
        db.EmployeeHistory.AddRange(e.RoleHistory.Select(r => WithRole(Entry(EmployeeHistoryKinds.Role, r.EffectiveOn), r)));
        db.EmployeeHistory.AddRange(e.ReportingLines.Select(l => WithManager(Entry(EmployeeHistoryKinds.Manager, l.EffectiveOn), l.ManagerId)));
        db.EmployeeHistory.AddRange(e.OrgUnitHistory.Select(u => WithUnit(Entry(EmployeeHistoryKinds.OrgUnit, u.EffectiveOn), u.OrgUnitId)));

        static EmployeeHistoryRow WithStatus(EmployeeHistoryRow row, EmploymentStatus status)
        {
            row.Status = status;
            return row;
        }

        static EmployeeHistoryRow WithRole(EmployeeHistoryRow row, RoleAssignment role)
        {
            row.Role = role.Role;
            row.Level = role.Level;
            return row;
        }

        static EmployeeHistoryRow WithManager(EmployeeHistoryRow row, EmployeeId? manager)
        {
            row.ManagerId = manager?.Value;
            return row;
        }

        static EmployeeHistoryRow WithUnit(EmployeeHistoryRow row, OrgUnitId unit)
        {
            row.OrgUnitId = unit.Value;
            return row;
        }
    }

    private static void AddReview(HrisDbContext db, string tenant, Review r)
    {
        db.Reviews.Add(new ReviewRow
        {
            TenantId = tenant,
            Id = r.Id.Value,
            CycleId = r.CycleId.Value,
            EmployeeId = r.EmployeeId.Value,
            ReviewerId = r.ReviewerId.Value,
            Role = r.Role,
            StartedOn = r.StartedOn,
            SubmittedOn = r.SubmittedOn,
            OverallRating = r.OriginalRating,
            CompetencyRatingsJson = JsonColumn.Write(r.CompetencyRatings),
        });
        db.Calibrations.AddRange(r.Calibrations.Select((c, i) => Calibration(tenant, r.Id, i, c)));
    }
}
