using Microsoft.EntityFrameworkCore;
using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace ReferenceHost.Data;

/// <summary>
/// Builds a tenant's <see cref="OrganizationSnapshot"/> from its rows with <see cref="SnapshotBuilder"/>:
/// no JSON snapshot and no replay of commands. A row that breaks a rule is reported as the reader
/// would report it, at <c>$.collection[index].member</c>, the index counting the rows in the order
/// read here (by id, ordinal).
/// </summary>
internal static class SnapshotRowLoader
{
    public static async Task<OrganizationSnapshot> LoadAsync(HrisDbContext db, string tenant, CancellationToken cancellationToken)
    {
        var builder = new SnapshotBuilder(tenant);
        var history = (await db.EmployeeHistory.AsNoTracking().Where(h => h.TenantId == tenant).ToListAsync(cancellationToken))
            .OrderBy(h => h.Seq).ToLookup(h => h.EmployeeId, StringComparer.Ordinal);

        foreach (var u in Sorted(await db.OrgUnits.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddOrgUnit(new(u.Id), u.Name, Id<OrgUnitId>(u.ParentId));
        }

        // doc: employees
        foreach (var e in Sorted(await db.Employees.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            var entries = history[e.Id].ToList();
            builder.AddEmployee(
                new(e.Id),
                e.Name,
                e.HireDate,
                entries.Where(h => h.Kind == EmployeeHistoryKinds.Status).Select(h => new EmploymentStatusChange(h.Status!.Value, h.EffectiveOn)),
                entries.Where(h => h.Kind == EmployeeHistoryKinds.Role).Select(h => new RoleAssignment(h.Role!, h.Level!.Value, h.EffectiveOn)),
                entries.Where(h => h.Kind == EmployeeHistoryKinds.Manager).Select(h => new ReportingLine(Id<EmployeeId>(h.ManagerId), h.EffectiveOn)),
                entries.Where(h => h.Kind == EmployeeHistoryKinds.OrgUnit).Select(h => new OrgUnitAssignment(new(h.OrgUnitId!), h.EffectiveOn)));
        }

        // end doc

        foreach (var c in Sorted(await db.Cycles.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddCycle(
                new(c.Id),
                c.Name,
                new DateInterval(c.Start, c.End),
                JsonColumn.Read<List<StageWindowJson>>(c.WindowsJson).Select(w => new StageWindow(w.Stage, new DateInterval(w.Start, w.End))),
                new RatingScale(JsonColumn.Read<List<string>>(c.ScaleLabelsJson), c.MeetsThreshold));
        }

        foreach (var r in (await db.CycleRecords.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken))
            .OrderBy(r => r.CycleId, StringComparer.Ordinal).ThenBy(r => r.EmployeeId, StringComparer.Ordinal))
        {
            builder.AddCycleRecord(new(r.CycleId), new(r.EmployeeId), JsonColumn.Read<List<StageEntry>>(r.HistoryJson));
        }

        // A cycle's objectives one after the other, as the format lists them.
        foreach (var o in (await db.Objectives.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken))
            .OrderBy(o => o.CycleId, StringComparer.Ordinal).ThenBy(o => o.Position))
        {
            var owner = o.Level switch
            {
                GoalLevel.Organization => GoalOwner.Organization,
                GoalLevel.Team => GoalOwner.Team(new(o.OwnerId!)),
                _ => GoalOwner.Individual(new(o.OwnerId!)),
            };
            builder.AddObjective(new(o.Id), new(o.CycleId), owner, o.Title, o.Weight, Id<ObjectiveId>(o.ParentId), JsonColumn.Read<List<KeyResultRow>>(o.KeyResultsJson));
        }

        foreach (var c in Sorted(await db.CheckIns.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddCheckIn(
                new(c.Id), new(c.EmployeeId), c.Date, JsonColumn.Read<List<EmployeeId>>(c.ParticipantsJson), JsonColumn.Read<List<KeyResultProgressNote>>(c.ProgressJson), c.Summary);
        }

        foreach (var n in Sorted(await db.FeedbackNotes.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddFeedbackNote(new(n.Id), new(n.FromId), new(n.AboutId), n.Direction, n.Date, n.Text);
        }

        var calibrations = (await db.Calibrations.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken))
            .OrderBy(c => c.Seq).ToLookup(c => c.ReviewId, StringComparer.Ordinal);
        foreach (var r in Sorted(await db.Reviews.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddReview(
                new(r.Id),
                new(r.CycleId),
                new(r.EmployeeId),
                new(r.ReviewerId),
                r.Role,
                r.StartedOn,
                r.SubmittedOn,
                r.OverallRating,
                JsonColumn.Read<List<CompetencyRating>>(r.CompetencyRatingsJson),
                calibrations[r.Id].Select(c => new Calibration(c.OriginalRating, c.CalibratedRating, new(c.CalibratedBy), c.Reason, c.CalibratedOn)));
        }

        foreach (var p in Sorted(await db.DevelopmentPlans.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddDevelopmentPlan(new(p.Id), new(p.EmployeeId), Id<CycleId>(p.CycleId), p.CreatedOn, JsonColumn.Read<List<DevelopmentActionRow>>(p.ActionsJson), p.Status, p.ClosedOn);
        }

        foreach (var r in Sorted(await db.Recognitions.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddRecognition(new(r.Id), new(r.EmployeeId), r.Kind, Id<CycleId>(r.CycleId), new(r.GrantedBy), r.GrantedOn, r.Reason);
        }

        foreach (var p in Sorted(await db.ImprovementPlans.AsNoTracking().Where(r => r.TenantId == tenant).ToListAsync(cancellationToken), r => r.Id))
        {
            builder.AddImprovementPlan(
                new(p.Id),
                new(p.EmployeeId),
                p.StartOn,
                p.Duration,
                p.Expectations,
                JsonColumn.Read<List<ImprovementPlanCheckpoint>>(p.CheckpointsJson),
                JsonColumn.Read<List<ImprovementPlanDecision>>(p.DecisionsJson));
        }

        return builder.Build();
    }

    // Ordinal order whatever the database's collation, so that every start builds the same snapshot.
    private static IEnumerable<T> Sorted<T>(List<T> rows, Func<T, string> id) => rows.OrderBy(id, StringComparer.Ordinal);

    private static TId? Id<TId>(string? value)
        where TId : struct, PerfDomain.IEntityId<TId> => value is null ? null : TId.Create(value);
}
