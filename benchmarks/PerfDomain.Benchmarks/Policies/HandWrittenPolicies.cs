using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Employees;
using PerfDomain.Cycles;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Parameters;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Benchmarks.Policies;

/// <summary>A decision as the hand-written baseline makes it: what, for whom, in which cycle, by when, and a reason.</summary>
public sealed record BaselineDecision(DecisionKind Kind, EmployeeId EmployeeId, CycleId? CycleId, LocalDate? DueOn, EscalationLevel? EscalateTo, string Reason);

/// <summary>
/// The baseline of the policy benchmarks: the same decisions as the default packs, for a stated subset of
/// the rules, written as plain C# loops and dictionaries over the snapshot, the way an HRIS developer
/// would hand-code them. Covers: check-in interval (company / org unit / employee override, probation,
/// improvement plan), check-in due, check-in overdue with escalation (manager, skip-level or HR
/// when there is none, HR, HR at once during an improvement plan), self and manager review due, recognition, development plan,
/// improvement plan and its "feedback first" guard. Not covered: probation reviews, cycle reviews
/// overdue, promotion readiness, improvement-plan outcome due, calibration review and the six
/// development triggers.
/// </summary>
/// <remarks>
/// It reads the snapshot directly (no separate projection step) and builds a reason sentence per
/// decision, as the engine does, but no structured explanation (facts and parameters used).
/// <see cref="PolicyBenchmarkSupport.CheckBaselineAgrees"/> proves it gives the engine's decisions for
/// those kinds.
/// </remarks>
public static class HandWrittenPolicies
{
    /// <summary>The decision kinds the baseline makes.</summary>
    public static readonly IReadOnlySet<DecisionKind> Kinds = new HashSet<DecisionKind>
    {
        DecisionKind.CheckInDue,
        DecisionKind.CheckInOverdue,
        DecisionKind.SelfReviewDue,
        DecisionKind.ManagerReviewDue,
        DecisionKind.RecognitionRecommended,
        DecisionKind.DevelopmentPlanRecommended,
        DecisionKind.ImprovementPlanRecommended,
        DecisionKind.FeedbackDocumentationRequested,
    };

    /// <summary>The engine's rules that the baseline does not reproduce (disabled in the like-for-like engine).</summary>
    public static readonly IReadOnlyList<string> RulesNotCovered =
    [
        "cadence.probation-review-due",
        "cadence.cycle-review-overdue",
        "consequences.promotion-readiness",
        "consequences.improvement-plan-outcome-due",
        "consequences.calibration-review",
        "development.key-result-coaching",
        "development.manager-coaching",
        "development.manager-training",
        "development.onboarding-plan",
        "development.reintegration-check-in",
        "development.training",
    ];

    public static List<BaselineDecision> Evaluate(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters parameters)
    {
        var cadence = parameters.ReviewCadence;
        var consequences = parameters.RatingConsequences;
        var decisions = new List<BaselineDecision>();

        var cycles = snapshot.Cycles.OrderBy(c => c.Period.Start).ThenBy(c => c.Id).ToList();
        var sequence = new Dictionary<CycleId, int>(cycles.Count);
        LocalDate? currentCycleStart = null;
        var inReview = new List<PerformanceCycle>();
        for (var i = 0; i < cycles.Count; i++)
        {
            sequence[cycles[i].Id] = i;
            if (cycles[i].Period.Contains(asOf) && (currentCycleStart is null || cycles[i].Period.Start > currentCycleStart))
            {
                currentCycleStart = cycles[i].Period.Start;
            }

            if (cycles[i].WindowOf(LifecycleStage.Review).Contains(asOf))
            {
                inReview.Add(cycles[i]);
            }
        }

        var lastCheckIn = new Dictionary<EmployeeId, LocalDate>(snapshot.Employees.Count);
        foreach (var checkIn in snapshot.CheckIns)
        {
            if (checkIn.Date <= asOf && (!lastCheckIn.TryGetValue(checkIn.EmployeeId, out var last) || checkIn.Date > last))
            {
                lastCheckIn[checkIn.EmployeeId] = checkIn.Date;
            }
        }

        var lastDownward = new Dictionary<EmployeeId, LocalDate>();
        foreach (var note in snapshot.FeedbackNotes)
        {
            if (note.Direction == Feedback.FeedbackDirection.Downward && note.Date <= asOf && (!lastDownward.TryGetValue(note.AboutId, out var last) || note.Date > last))
            {
                lastDownward[note.AboutId] = note.Date;
            }
        }

        // Employees on an improvement plan, with its start: the weekly cadence counts from it at the earliest.
        var onImprovementPlan = new Dictionary<EmployeeId, LocalDate>();
        foreach (var plan in snapshot.ImprovementPlans)
        {
            if (plan.IsActiveOn(asOf))
            {
                onImprovementPlan[plan.EmployeeId] = plan.StartOn;
            }
        }

        var withDevelopmentPlan = new HashSet<EmployeeId>();
        foreach (var plan in snapshot.DevelopmentPlans)
        {
            if (plan.IsActiveOn(asOf))
            {
                withDevelopmentPlan.Add(plan.EmployeeId);
            }
        }

        var recognised = new HashSet<(EmployeeId, CycleId)>();
        foreach (var recognition in snapshot.Recognitions)
        {
            if (recognition.GrantedOn <= asOf && recognition.Kind == RecognitionKind.Recognition && recognition.CycleId is { } cycle)
            {
                recognised.Add((recognition.EmployeeId, cycle));
            }
        }

        var records = new HashSet<(EmployeeId, CycleId)>(snapshot.CycleRecords.Count);
        foreach (var record in snapshot.CycleRecords)
        {
            if (record.History[0].EnteredOn <= asOf)
            {
                records.Add((record.EmployeeId, record.CycleId));
            }
        }

        // Submitted reviews, and each employee's calibrated manager ratings: the latest cycle's and the one before.
        var submitted = new HashSet<(EmployeeId, CycleId, ReviewerRole)>(snapshot.Reviews.Count);
        var latest = new Dictionary<EmployeeId, (int Sequence, Review Review, int Rating)>();
        var calibrated = new Dictionary<(EmployeeId, int), int>();
        foreach (var review in snapshot.Reviews)
        {
            if (review.SubmittedOn is not { } on || on > asOf || !sequence.TryGetValue(review.CycleId, out var seq))
            {
                continue;
            }

            submitted.Add((review.EmployeeId, review.CycleId, review.Role));
            if (review.Role != ReviewerRole.Manager)
            {
                continue;
            }

            Calibration? calibration = null;
            foreach (var c in review.Calibrations)
            {
                if (c.CalibratedOn <= asOf)
                {
                    calibration = c;
                }
            }

            if (calibration is null)
            {
                continue;
            }

            calibrated[(review.EmployeeId, seq)] = calibration.CalibratedRating;
            if (!latest.TryGetValue(review.EmployeeId, out var current) || seq > current.Sequence)
            {
                latest[review.EmployeeId] = (seq, review, calibration.CalibratedRating);
            }
        }

        foreach (var employee in snapshot.Employees)
        {
            if (employee.HireDate > asOf)
            {
                continue;
            }

            var id = employee.Id;
            var status = employee.StatusOn(asOf)!.Value;
            var working = status is EmploymentStatus.Probation or EmploymentStatus.Active;
            if (!working)
            {
                continue;
            }

            var manager = employee.ManagerOn(asOf);
            var planned = onImprovementPlan.TryGetValue(id, out var planStart);
            if (manager is not null)
            {
                CheckIns(employee, status, planned, planStart);
            }

            foreach (var cycle in inReview)
            {
                var window = cycle.WindowOf(LifecycleStage.Review);
                if (employee.HireDate.PlusDays(cadence.ReviewMinimumTenureDays) > window.Start || !records.Contains((id, cycle.Id)))
                {
                    continue;
                }

                if (!submitted.Contains((id, cycle.Id, ReviewerRole.Self)))
                {
                    decisions.Add(new(DecisionKind.SelfReviewDue, id, cycle.Id, window.End, null, $"The self review for cycle {cycle.Id} is due by {window.End:uuuu-MM-dd}."));
                }

                if (manager is not null && !submitted.Contains((id, cycle.Id, ReviewerRole.Manager)))
                {
                    decisions.Add(new(DecisionKind.ManagerReviewDue, id, cycle.Id, window.End, null, $"The manager review for cycle {cycle.Id} is due by {window.End:uuuu-MM-dd}."));
                }
            }

            if (!latest.TryGetValue(id, out var rated))
            {
                continue;
            }

            var scale = rated.Review.Scale;
            var cycleId = rated.Review.CycleId;
            var isTop = consequences.RecognitionRatingLabel is { } label
                ? string.Equals(scale[rated.Rating].Label, label, StringComparison.OrdinalIgnoreCase)
                : rated.Rating == scale.Top;
            if (isTop && !recognised.Contains((id, cycleId)))
            {
                decisions.Add(new(DecisionKind.RecognitionRecommended, id, cycleId, null, null, $"Recognise the calibrated rating '{scale[rated.Rating].Label}' for cycle {cycleId}."));
            }

            if (rated.Rating >= scale.MeetsThreshold)
            {
                continue;
            }

            if (!withDevelopmentPlan.Contains(id))
            {
                decisions.Add(new(DecisionKind.DevelopmentPlanRecommended, id, cycleId, null, null, $"Agree a development plan: the calibrated rating for {cycleId} is below meets."));
            }

            if (!planned && calibrated.TryGetValue((id, rated.Sequence - 1), out var earlier) && earlier < scale.MeetsThreshold)
            {
                var recent = lastDownward.TryGetValue(id, out var feedback) && feedback > asOf.PlusDays(-consequences.FeedbackLookbackDays);
                decisions.Add(recent
                    ? new(DecisionKind.ImprovementPlanRecommended, id, cycleId, null, null, $"Consider a {consequences.ImprovementPlanDurationDays}-day improvement plan: two consecutive calibrated ratings below meets; feedback documented on {feedback:uuuu-MM-dd}.")
                    : new(DecisionKind.FeedbackDocumentationRequested, id, cycleId, null, null, "Document feedback before any corrective action: two consecutive ratings below meets."));
            }
        }

        return decisions;

        void CheckIns(Employee employee, EmploymentStatus status, bool planned, LocalDate planStart)
        {
            var id = employee.Id;
            var (days, source) = cadence.EmployeeCheckInIntervalDays.TryGetValue(id.Value, out var own) ? (own, "employee")
                : cadence.OrgUnitCheckInIntervalDays.TryGetValue((employee.OrgUnitOn(asOf) ?? employee.OrgUnitId).Value, out var unit) ? (unit, "org unit")
                : (cadence.CheckInIntervalDays, "company");
            if (status == EmploymentStatus.Probation && cadence.ProbationCheckInIntervalDays < days)
            {
                (days, source) = (cadence.ProbationCheckInIntervalDays, "probation");
            }

            if (planned && cadence.ImprovementPlanCheckInIntervalDays < days)
            {
                (days, source) = (cadence.ImprovementPlanCheckInIntervalDays, "improvement plan");
            }

            // The latest completed leave on or before the as-of date pauses the count.
            var history = employee.StatusHistory;
            var lastIndex = history.Count - 1;
            while (history[lastIndex].EffectiveOn > asOf)
            {
                lastIndex--;
            }

            LocalDate? leaveEnded = null;
            var leaveDays = 0;
            for (var i = lastIndex - 1; i >= 0; i--)
            {
                if (history[i].Status == EmploymentStatus.OnLeave && history[i + 1].Status != EmploymentStatus.OnLeave)
                {
                    leaveEnded = history[i + 1].EffectiveOn;
                    leaveDays = Period.DaysBetween(history[i].EffectiveOn, history[i + 1].EffectiveOn);
                    break;
                }
            }

            var hasCheckIn = lastCheckIn.TryGetValue(id, out var last);
            var from = hasCheckIn ? last : currentCycleStart is { } s && s > employee.HireDate ? s : employee.HireDate;
            var paused = 0;
            if (leaveEnded is { } ended && ended > from)
            {
                var leaveStart = ended.PlusDays(-leaveDays);
                paused = Period.DaysBetween(leaveStart > from ? leaveStart : from, ended);
            }

            var cadenceFrom = planned && planStart > from ? planStart : from;
            var due = cadenceFrom.PlusDays(days + paused);
            var overdueSince = due.PlusDays(cadence.OverdueGraceDays);
            if (asOf <= overdueSince)
            {
                decisions.Add(new(DecisionKind.CheckInDue, id, null, due, null, $"A check-in is due by {due:uuuu-MM-dd}: every {days} days ({source} cadence)."));
                return;
            }

            var late = Period.DaysBetween(overdueSince, asOf);
            var escalation = planned || late > cadence.HumanResourcesEscalationDays ? EscalationLevel.HumanResources
                : late > cadence.SkipLevelEscalationDays ? (HasSkipLevel(employee) ? EscalationLevel.SkipLevelManager : EscalationLevel.HumanResources)
                : EscalationLevel.Manager;
            decisions.Add(new(DecisionKind.CheckInOverdue, id, null, due, escalation, $"The check-in due on {due:uuuu-MM-dd} is overdue by {late} days; tell {escalation}."));
        }

        // No skip-level manager (the CEO's direct reports): HR instead.
        bool HasSkipLevel(Employee employee) =>
            employee.ManagerOn(asOf) is { } manager && snapshot.FindEmployee(manager)?.ManagerOn(asOf) is not null;
    }
}
