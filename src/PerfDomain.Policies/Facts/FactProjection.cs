using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Parameters;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// Turns a snapshot into the facts policy rules match, as they stood at the end of the as-of date:
/// nothing dated later is seen, so evaluating an old date gives what policy said then.
/// </summary>
/// <remarks>The order of the facts is deterministic: snapshot order within each kind of fact.</remarks>
public static partial class FactProjection
{
    /// <summary>Projects a snapshot as of a date.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="parameters">The parameters, inserted as facts, and the windows some facts are counted over.</param>
    /// <returns>The facts.</returns>
    public static IReadOnlyList<object> Project(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(parameters);
        var facts = new List<object>
        {
            new EvaluationDate(asOf),
            parameters.ReviewCadence,
            parameters.RatingConsequences,
            parameters.DevelopmentTriggers,
            parameters.Rewards,
        };

        var cycles = Cycles(snapshot, asOf);
        facts.AddRange(cycles.Values);
        var employed = snapshot.Employees.Where(e => e.HireDate <= asOf).ToList();
        var currentCycle = CurrentCycleStart(cycles, asOf);
        var checkIns = snapshot.CheckIns.Where(c => c.Date <= asOf).ToLookup(c => c.EmployeeId);
        var downward = snapshot.FeedbackNotes.Where(n => n.Date <= asOf && n.Direction == FeedbackDirection.Downward).ToLookup(n => n.AboutId);
        foreach (var employee in employed)
        {
            facts.Add(Employee(snapshot.FindEmployee, employee, asOf, currentCycle, checkIns[employee.Id], downward[employee.Id]));
        }

        facts.AddRange(Managers(snapshot, employed, asOf, parameters.DevelopmentTriggers.ManagerConversationWindowDays));
        var ratings = Ratings(snapshot.Reviews, cycles, asOf).ToList();
        facts.AddRange(ratings);
        facts.AddRange(RewardFacts(snapshot, employed, ratings, cycles, asOf));
        facts.AddRange(KeyResults(snapshot, asOf));
        facts.AddRange(ReviewProgress(snapshot, cycles, asOf, parameters.ReviewCadence.ReviewOverdueReportingDays));
        // One plan in force per employee (the latest started), so that rules joining on it match once.
        foreach (var plan in snapshot.ImprovementPlans.Where(p => p.IsActiveOn(asOf)).GroupBy(p => p.EmployeeId).Select(g => g.MaxBy(p => p.StartOn)!))
        {
            facts.Add(ImprovementPlanFactOf(plan, asOf));
        }

        foreach (var plan in snapshot.DevelopmentPlans.Where(p => p.IsActiveOn(asOf)))
        {
            facts.Add(DevelopmentPlanFactOf(plan, asOf));
        }

        foreach (var recognition in snapshot.Recognitions.Where(r => r.GrantedOn <= asOf))
        {
            facts.Add(RecognitionFactOf(recognition));
        }

        return facts;
    }

    internal static ImprovementPlanFact ImprovementPlanFactOf(ImprovementPlan plan, LocalDate asOf)
    {
        var endsOn = plan.Decisions.Where(d => d.DecidedOn <= asOf && d.NewEndsOn is not null).Select(d => d.NewEndsOn!.Value).DefaultIfEmpty(plan.StartOn.Plus(plan.Duration)).Max();
        return new ImprovementPlanFact(plan.Id, plan.EmployeeId, plan.StartOn, endsOn);
    }

    internal static DevelopmentPlanFact DevelopmentPlanFactOf(DevelopmentPlan plan, LocalDate asOf)
    {
        // Competencies an action of the plan develops or developed: open ones, and completed ones.
        var open = plan.Actions
            .Where(a => a.ClosedOn is null || a.ClosedOn > asOf || a.Status == PerfDomain.Development.DevelopmentActionStatus.Completed)
            .Select(a => a.CompetencyId)
            .OfType<CompetencyId>()
            .ToHashSet();
        return new DevelopmentPlanFact(plan.Id, plan.EmployeeId, plan.CreatedOn, open);
    }

    internal static RecognitionFact RecognitionFactOf(Recognition recognition) =>
        new(recognition.Id, recognition.EmployeeId, recognition.Kind, recognition.CycleId, recognition.GrantedOn);

    /// <summary>Tells whether a fact is about an employee, or about no one in particular (dates, parameters, cycles).</summary>
    /// <param name="fact">A fact from <see cref="Project"/>.</param>
    /// <param name="employeeId">The employee.</param>
    /// <returns>Whether the fact belongs in a session about that employee.</returns>
    public static bool Concerns(object fact, EmployeeId employeeId) => OwnerOf(fact) is not { } owner || owner == employeeId;

    /// <summary>Gets the employee a fact is about — a manager's team facts are the manager's — or none for the organisation-wide facts.</summary>
    /// <param name="fact">A fact from <see cref="Project"/>.</param>
    /// <returns>The employee, or <see langword="null"/> for a fact every session needs (the date, cycles, parameters).</returns>
    public static EmployeeId? OwnerOf(object fact) => fact switch
    {
        EmployeeFact e => e.Id,
        ManagerFact m => m.Id,
        RatingFact r => r.EmployeeId,
        ManagerRatingFact r => r.ManagerId,
        CompetencyRatingFact r => r.EmployeeId,
        KeyResultFact k => k.OwnerId,
        ReviewProgressFact p => p.EmployeeId,
        ImprovementPlanFact p => p.EmployeeId,
        DevelopmentPlanFact p => p.EmployeeId,
        RecognitionFact r => r.EmployeeId,
        CompensationFact c => c.EmployeeId,
        PotentialFact p => p.EmployeeId,
        CycleServiceFact s => s.EmployeeId,
        TalentFact t => t.EmployeeId,
        _ => null,
    };

    internal static Dictionary<CycleId, CycleFact> Cycles(OrganizationSnapshot snapshot, LocalDate asOf)
    {
        var ordered = snapshot.Cycles.OrderBy(c => c.Period.Start).ThenBy(c => c.Id).ToList();
        return ordered.Select((c, i) => new CycleFact(
                c.Id,
                i,
                c.Period.Start,
                c.Period.End,
                c.Midpoint,
                c.WindowOf(LifecycleStage.Review),
                c.Scale.Top,
                c.Scale.MeetsThreshold))
            .ToDictionary(c => c.Id);
    }

    internal static LocalDate? CurrentCycleStart(Dictionary<CycleId, CycleFact> cycles, LocalDate asOf) =>
        cycles.Values.Where(c => c.Start <= asOf && asOf <= c.End).Select(c => (LocalDate?)c.Start).Max();

    internal static EmployeeFact Employee(Func<EmployeeId, Employee?> find, Employee employee, LocalDate asOf, LocalDate? currentCycleStart, IEnumerable<CheckIn> checkIns, IEnumerable<FeedbackNote> downward)
    {
        var manager = employee.ManagerOn(asOf);
        var skipLevel = manager is { } m ? find(m)?.ManagerOn(asOf) : null;
        var role = employee.RoleOn(asOf)!;
        var statuses = employee.StatusHistory.Where(s => s.EffectiveOn <= asOf).ToList();
        var status = statuses[^1];
        LocalDate? leaveEnded = null;
        int? leaveDays = null;
        for (var i = statuses.Count - 2; i >= 0; i--)
        {
            if (statuses[i].Status == EmploymentStatus.OnLeave && statuses[i + 1].Status != EmploymentStatus.OnLeave)
            {
                leaveEnded = statuses[i + 1].EffectiveOn;
                leaveDays = Period.DaysBetween(statuses[i].EffectiveOn, statuses[i + 1].EffectiveOn);
                break;
            }
        }

        var lastCheckIn = checkIns.Select(c => (LocalDate?)c.Date).Max();
        var countingFrom = lastCheckIn ?? Later(employee.HireDate, currentCycleStart);
        var paused = leaveEnded is { } ended && ended > countingFrom ? Period.DaysBetween(Later(countingFrom, ended.PlusDays(-leaveDays!.Value)), ended) : 0;
        return new EmployeeFact(
            employee.Id,
            manager,
            skipLevel,
            employee.OrgUnitOn(asOf) ?? employee.OrgUnitId,
            status.Status,
            employee.HireDate,
            role.EffectiveOn,
            role.Level,
            role.EffectiveOn > employee.HireDate ? role.EffectiveOn : null,
            lastCheckIn,
            downward.Select(n => (LocalDate?)n.Date).Max(),
            status.Status == EmploymentStatus.OnLeave ? status.EffectiveOn : null,
            leaveEnded,
            leaveDays)
        {
            CheckInCountingFrom = countingFrom,
            CheckInPausedDays = paused,
            ManagerChangedOn = ManagerChangedOn(employee, asOf),
        };
    }

    private static IEnumerable<ManagerFact> Managers(OrganizationSnapshot snapshot, List<Employee> employed, LocalDate asOf, int windowDays)
    {
        var windowStart = asOf.PlusDays(-windowDays);
        var managerOf = employed
            .Where(e => e.StatusOn(asOf) is EmploymentStatus.Probation or EmploymentStatus.Active)
            .Select(e => (e.Id, Manager: e.ManagerOn(asOf)))
            .Where(p => p.Manager is not null)
            .ToDictionary(p => p.Id, p => p.Manager!.Value);
        var reports = managerOf.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count());
        var firstReportOn = new Dictionary<EmployeeId, LocalDate>();
        foreach (var line in snapshot.Employees.SelectMany(e => e.ReportingLines))
        {
            if (line.ManagerId is { } m && line.EffectiveOn <= asOf && (!firstReportOn.TryGetValue(m, out var first) || line.EffectiveOn < first))
            {
                firstReportOn[m] = line.EffectiveOn;
            }
        }

        // Conversations a manager had with their current reports in the window: check-ins they took part in, downward notes they gave.
        var conversations = new Dictionary<EmployeeId, int>();
        foreach (var checkIn in snapshot.CheckIns)
        {
            if (checkIn.Date > windowStart && checkIn.Date <= asOf && managerOf.TryGetValue(checkIn.EmployeeId, out var m) && checkIn.Participants.Contains(m))
            {
                conversations[m] = conversations.GetValueOrDefault(m) + 1;
            }
        }

        foreach (var note in snapshot.FeedbackNotes)
        {
            if (note.Date > windowStart && note.Date <= asOf && managerOf.TryGetValue(note.AboutId, out var m) && note.FromId == m)
            {
                conversations[m] = conversations.GetValueOrDefault(m) + 1;
            }
        }

        foreach (var manager in employed)
        {
            if (reports.TryGetValue(manager.Id, out var count))
            {
                yield return new ManagerFact(manager.Id, count, firstReportOn[manager.Id], conversations.GetValueOrDefault(manager.Id));
            }
        }
    }

    internal static IEnumerable<object> Ratings(IEnumerable<Review> reviews, Dictionary<CycleId, CycleFact> cycles, LocalDate asOf)
    {
        var managerReviews = reviews
            .Where(r => r.Role == ReviewerRole.Manager && r.SubmittedOn is { } s && s <= asOf && cycles.ContainsKey(r.CycleId))
            .ToList();
        var calibrated = new List<(Review Review, Calibration Calibration)>();
        foreach (var review in managerReviews)
        {
            var calibration = review.Calibrations.LastOrDefault(c => c.CalibratedOn <= asOf);
            yield return new ManagerRatingFact(review.Id, review.ReviewerId, review.EmployeeId, review.CycleId, review.OriginalRating!.Value, review.Scale.Top, calibration is not null) { CalibratedRating = calibration?.CalibratedRating };
            if (calibration is not null)
            {
                calibrated.Add((review, calibration));
            }
        }

        var latestRated = calibrated.GroupBy(c => c.Review.EmployeeId).ToDictionary(g => g.Key, g => g.Max(c => cycles[c.Review.CycleId].Sequence));
        foreach (var (review, calibration) in calibrated)
        {
            var cycle = cycles[review.CycleId];
            yield return new RatingFact(
                review.Id,
                review.EmployeeId,
                review.CycleId,
                cycle.Sequence,
                calibration.CalibratedRating,
                review.Scale[calibration.CalibratedRating].Label,
                review.Scale.Top,
                review.Scale.MeetsThreshold,
                calibration.CalibratedOn,
                latestRated[review.EmployeeId] == cycle.Sequence);
        }

        var latestReviewed = managerReviews.GroupBy(r => r.EmployeeId).ToDictionary(g => g.Key, g => g.Max(r => cycles[r.CycleId].Sequence));
        foreach (var review in managerReviews.Where(r => latestReviewed[r.EmployeeId] == cycles[r.CycleId].Sequence))
        {
            foreach (var competency in review.CompetencyRatings)
            {
                yield return new CompetencyRatingFact(review.Id, review.EmployeeId, review.CycleId, competency.CompetencyId, competency.Rating, review.Scale.MeetsThreshold);
            }
        }
    }

    private static IEnumerable<KeyResultFact> KeyResults(OrganizationSnapshot snapshot, LocalDate asOf) =>
        snapshot.GoalSets.SelectMany(set => KeyResultsOf(set, snapshot.Cycle(set.CycleId), asOf));

    internal static IEnumerable<KeyResultFact> KeyResultsOf(PerfDomain.Goals.GoalSet set, PerformanceCycle cycle, LocalDate asOf)
    {
        if (!cycle.Period.Contains(asOf))
        {
            yield break;
        }

        foreach (var objective in set.Objectives.Where(o => o.Owner.EmployeeId is not null))
        {
            foreach (var keyResult in objective.KeyResults.Where(k => k.LastUpdatedOn is null || k.LastUpdatedOn <= asOf))
            {
                yield return new KeyResultFact(keyResult.Id, objective.Id, objective.Owner.EmployeeId!.Value, set.CycleId, keyResult.Progress, cycle.Period);
            }
        }
    }

    private static IEnumerable<ReviewProgressFact> ReviewProgress(OrganizationSnapshot snapshot, Dictionary<CycleId, CycleFact> cycles, LocalDate asOf, int reportingDays) =>
        ReviewProgress(snapshot.CycleRecords, snapshot.Reviews, cycles, asOf, reportingDays);

    internal static IEnumerable<ReviewProgressFact> ReviewProgress(IEnumerable<CycleRecord> records, IEnumerable<Review> reviews, Dictionary<CycleId, CycleFact> cycles, LocalDate asOf, int reportingDays)
    {
        // Only cycles whose reviews can be due or overdue on the day: the review window has opened,
        // and the cycle ended no longer ago than overdue reviews are reported.
        bool Relevant(CycleId id) => cycles[id].ReviewWindow.Start <= asOf && asOf <= cycles[id].End.PlusDays(reportingDays);

        var submitted = reviews
            .Where(r => r.SubmittedOn is { } s && s <= asOf)
            .Select(r => (r.EmployeeId, r.CycleId, r.Role))
            .ToHashSet();
        foreach (var record in records.Where(r => r.History[0].EnteredOn <= asOf && Relevant(r.CycleId)))
        {
            yield return new ReviewProgressFact(
                record.EmployeeId,
                record.CycleId,
                submitted.Contains((record.EmployeeId, record.CycleId, ReviewerRole.Self)),
                submitted.Contains((record.EmployeeId, record.CycleId, ReviewerRole.Manager)));
        }
    }

    private static LocalDate Later(LocalDate a, LocalDate? b) => b is { } other && other > a ? other : a;
}
