using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfDomain;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Hosting;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using ReferenceHost.Data;
using ReferenceHost.Tenants;

namespace ReferenceHost.Endpoints;

/// <summary>
/// The host's API. Commands change an aggregate through its methods, check the snapshot with the
/// change (<see cref="OrganizationSnapshot.With(AggregateRoot[])"/>) before anything is written,
/// write the rows and the aggregate's domain events (outbox) in one <c>SaveChanges</c>, then apply
/// the aggregate to the tenant's partition.
/// </summary>
internal static class HrisEndpoints
{
    public static void MapHrisEndpoints(this IEndpointRouteBuilder app)
    {
        var tenant = app.MapGroup("/tenants/{tenant}");
        tenant.MapPost("/check-ins", RecordCheckIn);
        tenant.MapPost("/feedback-notes", GiveFeedback);
        tenant.MapPost("/reviews/{reviewId}/calibrations", Calibrate);
        tenant.MapGet("/managers/{managerId}/decisions", TeamDecisions);
        tenant.MapPost("/decisions/{verdict:regex(^(approve|reject)$)}", RecordVerdict);
        tenant.MapGet("/decisions/audit", Audit);
    }

    private static Task<IResult> RecordCheckIn(string tenant, RecordCheckInRequest body, TenantPolicies tenants, CancellationToken cancellationToken) =>
        Guarded(() => tenants.UseAsync(tenant, async (partition, db) =>
        {
            var checkIn = CheckIn.Record(
                new CheckInId(body.Id ?? $"ci-{Guid.NewGuid():N}"), new EmployeeId(body.EmployeeId), tenants.Today, body.Participants.Select(p => new EmployeeId(p)), summary: body.Summary);
            var changes = await Commit(partition, db, tenants, tenant, checkIn.Id.Value, checkIn, () => db.CheckIns.Add(AggregateRows.CheckIn(tenant, checkIn)), cancellationToken);
            return Results.Created($"/tenants/{tenant}/check-ins/{checkIn.Id}", new { id = checkIn.Id, changes = Summary(changes) });
        }, cancellationToken));

    private static Task<IResult> GiveFeedback(string tenant, GiveFeedbackRequest body, TenantPolicies tenants, CancellationToken cancellationToken) =>
        Guarded(() => tenants.UseAsync(tenant, async (partition, db) =>
        {
            var note = FeedbackNote.Give(
                new FeedbackNoteId(body.Id ?? $"fn-{Guid.NewGuid():N}"), new EmployeeId(body.FromId), new EmployeeId(body.AboutId), body.Direction, tenants.Today, body.Text);
            var changes = await Commit(partition, db, tenants, tenant, note.Id.Value, note, () => db.FeedbackNotes.Add(AggregateRows.FeedbackNote(tenant, note)), cancellationToken);
            return Results.Created($"/tenants/{tenant}/feedback-notes/{note.Id}", new { id = note.Id, changes = Summary(changes) });
        }, cancellationToken));

    private static Task<IResult> Calibrate(string tenant, string reviewId, CalibrateRequest body, TenantPolicies tenants, CancellationToken cancellationToken) =>
        Guarded(() => tenants.UseAsync(tenant, async (partition, db) =>
        {
            var id = new ReviewId(reviewId);
            if (partition.Snapshot.Reviews.FirstOrDefault(r => r.Id == id) is not { } review)
            {
                return Results.Problem($"Tenant '{tenant}' has no review '{reviewId}'.", statusCode: StatusCodes.Status404NotFound);
            }

            var calibration = review.Calibrate(body.Rating, new EmployeeId(body.CalibratedBy), body.Reason, tenants.Today);
            var changes = await Commit(
                partition, db, tenants, tenant, reviewId, review, () => db.Calibrations.Add(AggregateRows.Calibration(tenant, id, review.Calibrations.Count - 1, calibration)), cancellationToken);
            return Results.Created($"/tenants/{tenant}/reviews/{reviewId}", new { review = reviewId, overallRating = review.OverallRating, changes = Summary(changes) });
        }, cancellationToken));

    private static Task<IResult> TeamDecisions(string tenant, string managerId, TenantPolicies tenants, CancellationToken cancellationToken) =>
        Guarded(() => tenants.UseAsync(tenant, async (partition, db) =>
        {
            var manager = new EmployeeId(managerId);
            if (partition.Snapshot.FindEmployee(manager) is null)
            {
                return Results.Problem($"Tenant '{tenant}' has no employee '{managerId}'.", statusCode: StatusCodes.Status404NotFound);
            }

            var team = partition.Snapshot.DirectReportsOf(manager).Select(e => e.Id).ToHashSet();
            var verdicts = (await db.DecisionAudit.AsNoTracking().Where(a => a.TenantId == tenant).ToListAsync(cancellationToken))
                .OrderBy(a => a.Id).GroupBy(a => a.DecisionKey).ToDictionary(g => g.Key, g => AuditView.Of(g.Last()));
            var decisions = partition.Decisions
                .Where(d => team.Contains(d.EmployeeId))
                .Select(d => new TeamDecisionView(DecisionKeys.Of(d), d, verdicts.GetValueOrDefault(DecisionKeys.Of(d))))
                .ToList();
            return Results.Ok(new { asOf = partition.AsOf, manager = managerId, decisions });
        }, cancellationToken));

    private static Task<IResult> RecordVerdict(string tenant, string verdict, VerdictRequest body, TenantPolicies tenants, IPolicyEvaluator policies, CancellationToken cancellationToken) =>
        Guarded(() => tenants.UseAsync(tenant, async (partition, db) =>
        {
            if (partition.Decisions.FirstOrDefault(d => DecisionKeys.Of(d) == body.Key) is not { } decision)
            {
                return Results.Problem($"Policy makes no decision '{body.Key}' for tenant '{tenant}' as of {partition.AsOf:uuuu-MM-dd}.", statusCode: StatusCodes.Status404NotFound);
            }

            if (!decision.RequiresApproval)
            {
                return Results.Problem($"Decision '{body.Key}' is a reminder; it needs no approval.", statusCode: StatusCodes.Status409Conflict);
            }

            if (partition.Snapshot.FindEmployee(new EmployeeId(body.By)) is null || string.IsNullOrWhiteSpace(body.Reason))
            {
                return Results.Problem("A verdict needs who decides (an employee of the tenant) and why.", statusCode: StatusCodes.Status400BadRequest);
            }

            // doc: audit
            // The decision as it stood, with its explanation and the packs' versions, in the decision format.
            var document = new DecisionDocument(tenant, partition.AsOf, [.. policies.Engine.Packs.Select(p => new PackReference(p.Name, p.Version))], [decision]);
            using var json = new MemoryStream();
            await DecisionJson.WriteAsync(json, document, cancellationToken);
            var row = new DecisionAuditRow
            {
                TenantId = tenant,
                DecisionKey = body.Key,
                EmployeeId = decision.EmployeeId.Value,
                Kind = decision.Kind.Name,
                Verdict = verdict == "approve" ? "approved" : "rejected",
                DecidedBy = body.By,
                DecidedAt = tenants.Now,
                Reason = body.Reason,
                Pack = $"{decision.Explanation.Pack}@{decision.Explanation.PackVersion}",
                DecisionJson = Encoding.UTF8.GetString(json.ToArray()),
            };
            db.DecisionAudit.Add(row);
            await db.SaveChangesAsync(cancellationToken);

            // end doc
            return Results.Created($"/tenants/{tenant}/decisions/audit/{row.Id}", AuditView.Of(row));
        }, cancellationToken));

    private static async Task<IResult> Audit(string tenant, HrisDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.DecisionAudit.AsNoTracking().Where(a => a.TenantId == tenant).ToListAsync(cancellationToken);
        return Results.Ok(rows.OrderBy(r => r.Id).Select(AuditView.Of));
    }

    /// <summary>
    /// Checks the snapshot with the changed aggregate, writes its rows and its domain events in one
    /// transaction, then brings the tenant's partition up to date with it.
    /// </summary>
    private static async Task<DecisionChanges> Commit(
        TenantPolicyPartition partition, HrisDbContext db, TenantPolicies tenants, string tenant, string aggregateId, AggregateRoot aggregate, Action addRows, CancellationToken cancellationToken)
    {
        // doc: commit
        partition.Snapshot.With(aggregate);                       // refuse what does not fit, before writing anything
        addRows();                                                // the aggregate's rows
        Outbox.Add(db, tenant, aggregateId, aggregate, tenants.Now); // its domain events, with their "type"
        await db.SaveChangesAsync(cancellationToken);             // one transaction for both
        aggregate.ClearDomainEvents();
        return partition.Apply([aggregate], cancellationToken);   // the decisions added, withdrawn, changed
        // end doc
    }

    private static object Summary(DecisionChanges changes) => new
    {
        added = changes.Added.Select(DecisionKeys.Of),
        withdrawn = changes.Withdrawn.Select(DecisionKeys.Of),
        changed = changes.Changed.Select(DecisionKeys.Of),
    };

    /// <summary>The domain's refusals as problem responses: a broken rule is a conflict, a bad reference or value a bad request.</summary>
    private static async Task<IResult> Guarded(Func<Task<IResult>> handle)
    {
        try
        {
            return await handle();
        }
        catch (DomainRuleViolationException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: ex.Rule);
        }
        catch (InvalidSnapshotException ex)
        {
            return Results.Problem(ex.Reason, statusCode: StatusCodes.Status400BadRequest, title: ex.Path);
        }
        catch (ArgumentException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
