using System.Runtime.ExceptionServices;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;

namespace PerfDomain.Snapshots;

/// <summary>
/// Checks that the parts of a snapshot fit together, reporting the first problem at its path in the
/// JSON form. Rules inside one aggregate are the aggregate's own; these are the rules between them.
/// </summary>
internal static partial class SnapshotValidator
{
    private static readonly SnapshotPath Root = SnapshotPath.Root;

    public static void Validate(OrganizationSnapshot snapshot)
    {
        SnapshotDates.Check(snapshot);
        var units = Unique(snapshot.OrgUnits, u => u.Id, "orgUnits", "org unit");
        var employees = Unique(snapshot.Employees, e => e.Id, "employees", "employee");
        var cycles = Unique(snapshot.Cycles, c => c.Id, "cycles", "cycle");

        ValidateUnits(snapshot, units);
        ValidateEmployees(snapshot, units, employees);

        // Once ids, units and management chains are sound, each check below only reads the snapshot and
        // stops on its own: on a large snapshot they run side by side, and the first in this order to fail
        // is reported, as when they run one after the other (a later one may fail differently, or not at
        // all, on what an earlier one refuses; its failure is then not the one reported).
        Action[] checks =
        [
            () => ValidateCycleRecords(snapshot, employees, cycles),
            () => ValidateGoals(snapshot, units, employees, cycles),
            () => ValidateFeedback(snapshot, employees),
            () => ValidateReviews(snapshot, employees, cycles),
            () => ValidateConsequences(snapshot, employees, cycles),
            () => ValidatePayAndPotential(snapshot, employees, cycles),
        ];
        if (!(ForceParallel ?? (snapshot.Employees.Count >= ParallelFrom && Environment.ProcessorCount > 1)))
        {
            foreach (var check in checks)
            {
                check();
            }

            return;
        }

        var failures = new ExceptionDispatchInfo?[checks.Length];
        Parallel.For(0, checks.Length, i =>
        {
            try
            {
                checks[i]();
            }
#pragma warning disable CA1031 // Whatever a check throws is rethrown below, unless an earlier check failed first.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures[i] = ExceptionDispatchInfo.Capture(ex);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
    }

    /// <summary>From this many employees on, the checks between aggregates run side by side.</summary>
    internal const int ParallelFrom = 5_000;

    /// <summary>Gets or sets, for tests on this thread, whether the checks run side by side whatever the size.</summary>
    [ThreadStatic]
    internal static bool? ForceParallel;

    internal static Dictionary<TId, int> Unique<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, string collection, string kind)
        where TId : notnull
    {
        var seen = new Dictionary<TId, int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(id(items[i]), i))
            {
                throw Root.Field(collection)[i].Field("id").Error($"duplicate {kind} id '{id(items[i])}': $.{collection}[{seen[id(items[i])]}] has it already.");
            }
        }

        return seen;
    }

    private static void ValidateUnits(OrganizationSnapshot snapshot, IReadOnlyDictionary<OrgUnitId, int> units)
    {
        // Every parent first, so that following parents upwards below never meets an unknown one.
        for (var i = 0; i < snapshot.OrgUnits.Count; i++)
        {
            if (snapshot.OrgUnits[i].ParentId is { } parent && !units.ContainsKey(parent))
            {
                throw Root.Field("orgUnits")[i].Field("parentId").Error($"unknown org unit '{parent}'.");
            }
        }

        for (var i = 0; i < snapshot.OrgUnits.Count; i++)
        {
            var unit = snapshot.OrgUnits[i];
            var path = Root.Field("orgUnits")[i].Field("parentId");
            var chain = new List<OrgUnitId> { unit.Id };
            var seen = new HashSet<OrgUnitId> { unit.Id };
            for (var cursor = unit.ParentId; cursor is { } c; cursor = snapshot.OrgUnits[units[c]].ParentId)
            {
                chain.Add(c);
                if (c == unit.Id)
                {
                    throw path.Error($"org units nest in a cycle: {string.Join(" → ", chain)}.");
                }

                if (!seen.Add(c))
                {
                    // A cycle above this unit, not through it: reported at a unit of the cycle.
                    break;
                }
            }
        }
    }

    private static void ValidateEmployees(OrganizationSnapshot snapshot, IReadOnlyDictionary<OrgUnitId, int> units, IReadOnlyDictionary<EmployeeId, int> employees)
    {
        for (var i = 0; i < snapshot.Employees.Count; i++)
        {
            CheckEmployee(snapshot, units, employees, i);
        }

        // Current reporting lines must form a forest: following managers upwards always ends.
        for (var i = 0; i < snapshot.Employees.Count; i++)
        {
            CheckManagerChain(snapshot, employees, i);
        }
    }

    /// <summary>Checks that an employee's units and managers exist.</summary>
    internal static void CheckEmployee(OrganizationSnapshot snapshot, IReadOnlyDictionary<OrgUnitId, int> units, IReadOnlyDictionary<EmployeeId, int> employees, int i)
    {
        var employee = snapshot.Employees[i];
        var path = Root.Field("employees")[i];
        for (var j = 0; j < employee.OrgUnitHistory.Count; j++)
        {
            if (!units.ContainsKey(employee.OrgUnitHistory[j].OrgUnitId))
            {
                throw path.Field("orgUnitHistory")[j].Field("orgUnitId").Error($"unknown org unit '{employee.OrgUnitHistory[j].OrgUnitId}'.");
            }
        }

        for (var j = 0; j < employee.ReportingLines.Count; j++)
        {
            if (employee.ReportingLines[j].ManagerId is { } manager && !employees.ContainsKey(manager))
            {
                throw path.Field("reportingLines")[j].Field("managerId").Error($"unknown employee '{manager}' named as the manager of '{employee.Id}'.");
            }
        }
    }

    /// <summary>Checks that following an employee's current managers upwards never comes back to them; every manager must exist.</summary>
    internal static void CheckManagerChain(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, int i)
    {
        var employee = snapshot.Employees[i];
        var chain = new List<EmployeeId> { employee.Id };
        for (var cursor = employee.ManagerId; cursor is { } c; cursor = snapshot.Employees[employees[c]].ManagerId)
        {
            chain.Add(c);
            if (c == employee.Id)
            {
                throw Root.Field("employees")[i].Field("reportingLines")[employee.ReportingLines.Count - 1].Field("managerId")
                    .Error($"reporting lines form a manager cycle: {string.Join(" → ", chain)}.");
            }

            if (chain.Count > snapshot.Employees.Count + 1)
            {
                break;
            }
        }
    }

    private static void ValidateCycleRecords(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles)
    {
        var pairs = new Dictionary<(CycleId, EmployeeId), int>();
        for (var i = 0; i < snapshot.CycleRecords.Count; i++)
        {
            CheckCycleRecord(snapshot, employees, cycles, i, pairs);
        }
    }

    /// <summary>Checks one cycle record; <paramref name="pairs"/>, when given, collects the records seen so far to report duplicates.</summary>
    internal static void CheckCycleRecord(
        OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles, int i, Dictionary<(CycleId, EmployeeId), int>? pairs)
    {
        var record = snapshot.CycleRecords[i];
        var path = Root.Field("cycleRecords")[i];
        var cycle = RequireCycle(snapshot, cycles, record.CycleId, path.Field("cycleId"));
        var employee = RequireEmployee(snapshot, employees, record.EmployeeId, path.Field("employeeId"));
        if (pairs is not null && !pairs.TryAdd((record.CycleId, record.EmployeeId), i))
        {
            throw path.Error($"duplicate record of employee '{record.EmployeeId}' for cycle '{record.CycleId}': $.cycleRecords[{pairs[(record.CycleId, record.EmployeeId)]}] has it already.");
        }

        var opened = record.History[0].EnteredOn;
        RequireInCycle(cycle, opened, path.Field("history")[0].Field("enteredOn"), "the record opens");
        RequireEmployed(employee, opened, path.Field("history")[0].Field("enteredOn"));
    }

    private static void ValidateGoals(OrganizationSnapshot snapshot, IReadOnlyDictionary<OrgUnitId, int> units, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles)
    {
        var sets = new Dictionary<CycleId, int>();
        var objectives = new Dictionary<ObjectiveId, int>();
        var keyResults = new Dictionary<KeyResultId, SnapshotPath>();
        var index = 0;
        var stages = snapshot.CycleRecords.ToDictionary(r => (r.CycleId, r.EmployeeId), r => r.Stage);
        foreach (var set in snapshot.GoalSets)
        {
            var first = Root.Field("objectives")[index];
            RequireCycle(snapshot, cycles, set.CycleId, first.Field("cycleId"));
            if (!sets.TryAdd(set.CycleId, index))
            {
                throw first.Field("cycleId").Error($"cycle '{set.CycleId}' has two goal sets; a snapshot holds at most one per cycle.");
            }

            foreach (var objective in set.Objectives)
            {
                var path = Root.Field("objectives")[index];
                if (!objectives.TryAdd(objective.Id, index))
                {
                    throw path.Field("id").Error($"duplicate objective id '{objective.Id}': $.objectives[{objectives[objective.Id]}] has it already.");
                }

                CheckObjectiveOwner(snapshot, units, employees, objective, path);
                for (var k = 0; k < objective.KeyResults.Count; k++)
                {
                    var keyPath = path.Field("keyResults")[k];
                    if (!keyResults.TryAdd(objective.KeyResults[k].Id, keyPath))
                    {
                        throw keyPath.Field("id").Error($"duplicate key result id '{objective.KeyResults[k].Id}': {keyResults[objective.KeyResults[k].Id]} has it already.");
                    }
                }

                index++;
            }

            var firstIndex = sets[set.CycleId];
            foreach (var owned in set.Objectives.Select((o, i) => (o, i)).GroupBy(p => p.o.Owner))
            {
                var stage = owned.Key.EmployeeId is { } person && stages.TryGetValue((set.CycleId, person), out var s) ? s : (LifecycleStage?)null;
                if (!WeightsHold(set, owned.Key, stage))
                {
                    throw WeightsError(Root.Field("objectives")[firstIndex + owned.First().i], set, owned.Key);
                }
            }
        }

        for (var i = 0; i < snapshot.CheckIns.Count; i++)
        {
            CheckCheckInProgress(snapshot, keyResults, i);
        }

        for (var i = 0; i < snapshot.DevelopmentPlans.Count; i++)
        {
            CheckDevelopmentPlanActions(snapshot, objectives, i);
        }
    }

    /// <summary>Checks that an objective's owner, a person or a unit, exists.</summary>
    internal static void CheckObjectiveOwner(OrganizationSnapshot snapshot, IReadOnlyDictionary<OrgUnitId, int> units, IReadOnlyDictionary<EmployeeId, int> employees, Objective objective, SnapshotPath path)
    {
        if (objective.Owner.EmployeeId is { } owner)
        {
            RequireEmployee(snapshot, employees, owner, path.Field("ownerId"));
        }

        if (objective.Owner.OrgUnitId is { } unit && !units.ContainsKey(unit))
        {
            throw path.Field("ownerId").Error($"unknown org unit '{unit}'.");
        }
    }

    /// <summary>
    /// Whether an owner's weights are acceptable: an owner's weights may be in flux during goal
    /// setting; afterwards (by the person's cycle record) they total exactly 100%.
    /// </summary>
    internal static bool WeightsHold(GoalSet set, GoalOwner owner, LifecycleStage? stage) =>
        owner.EmployeeId is null || stage is not { } s || s <= LifecycleStage.GoalSetting || set.WeightTotal(owner) == 100;

    /// <summary>The problem <see cref="WeightsHold"/> finds, at the owner's first objective.</summary>
    internal static InvalidSnapshotException WeightsError(SnapshotPath firstObjective, GoalSet set, GoalOwner owner) =>
        firstObjective.Field("weight").Error(
            $"the objectives of employee '{owner.EmployeeId}' in cycle '{set.CycleId}' weigh {set.WeightTotal(owner)}% in total; past goal setting they must total 100%.");

    /// <summary>Checks that every key result a check-in reports on exists.</summary>
    internal static void CheckCheckInProgress<TValue>(OrganizationSnapshot snapshot, IReadOnlyDictionary<KeyResultId, TValue> keyResults, int i)
    {
        var progress = snapshot.CheckIns[i].Progress;
        for (var j = 0; j < progress.Count; j++)
        {
            if (!keyResults.ContainsKey(progress[j].KeyResultId))
            {
                throw Root.Field("checkIns")[i].Field("progress")[j].Field("keyResultId").Error($"unknown key result '{progress[j].KeyResultId}'.");
            }
        }
    }

    /// <summary>Checks that every objective a development plan's actions serve exists.</summary>
    internal static void CheckDevelopmentPlanActions<TValue>(OrganizationSnapshot snapshot, IReadOnlyDictionary<ObjectiveId, TValue> objectives, int i)
    {
        var actions = snapshot.DevelopmentPlans[i].Actions;
        for (var j = 0; j < actions.Count; j++)
        {
            if (actions[j].ObjectiveId is { } objective && !objectives.ContainsKey(objective))
            {
                throw Root.Field("developmentPlans")[i].Field("actions")[j].Field("objectiveId").Error($"unknown objective '{objective}'.");
            }
        }
    }

    private static void ValidateFeedback(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees)
    {
        Unique(snapshot.CheckIns, c => c.Id, "checkIns", "check-in");
        for (var i = 0; i < snapshot.CheckIns.Count; i++)
        {
            CheckCheckIn(snapshot, employees, i);
        }

        Unique(snapshot.FeedbackNotes, n => n.Id, "feedbackNotes", "feedback note");
        for (var i = 0; i < snapshot.FeedbackNotes.Count; i++)
        {
            CheckFeedbackNote(snapshot, employees, i);
        }
    }

    /// <summary>Checks a check-in's people and that its employee was hired by its date.</summary>
    internal static void CheckCheckIn(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, int i)
    {
        var checkIn = snapshot.CheckIns[i];
        var path = Root.Field("checkIns")[i];
        var employee = RequireEmployee(snapshot, employees, checkIn.EmployeeId, path.Field("employeeId"));
        RequireEmployed(employee, checkIn.Date, path.Field("date"));
        for (var j = 0; j < checkIn.Participants.Count; j++)
        {
            RequireEmployee(snapshot, employees, checkIn.Participants[j], path.Field("participants")[j]);
        }
    }

    /// <summary>Checks a note's people, their hire dates, and that downward or upward notes follow the reporting line on the note's date.</summary>
    internal static void CheckFeedbackNote(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, int i)
    {
        var note = snapshot.FeedbackNotes[i];
        var path = Root.Field("feedbackNotes")[i];
        var from = RequireEmployee(snapshot, employees, note.FromId, path.Field("fromId"));
        var about = RequireEmployee(snapshot, employees, note.AboutId, path.Field("aboutId"));
        RequireEmployed(about, note.Date, path.Field("date"));
        RequireEmployed(from, note.Date, path.Field("date"));
        var (manager, report) = note.Direction switch
        {
            FeedbackDirection.Downward => (from, about),
            FeedbackDirection.Upward => (about, from),
            _ => (null, null),
        };
        if (manager is not null && !Manages(snapshot, employees, manager.Id, report!, note.Date))
        {
            throw path.Field("direction").Error(
                $"{note.Direction.ToString().ToLowerInvariant()} feedback goes between an employee and someone above them in the reporting line, but on {note.Date:uuuu-MM-dd} '{report!.Id}' does not report, directly or through others, to '{manager.Id}'.");
        }
    }

    private static void ValidateReviews(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles)
    {
        Unique(snapshot.Reviews, r => r.Id, "reviews", "review");
        for (var i = 0; i < snapshot.Reviews.Count; i++)
        {
            CheckReview(snapshot, employees, cycles, i);
        }
    }

    /// <summary>Checks a review's cycle and scale, its people, and its start date.</summary>
    internal static void CheckReview(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles, int i)
    {
        var review = snapshot.Reviews[i];
        var path = Root.Field("reviews")[i];
        var cycle = RequireCycle(snapshot, cycles, review.CycleId, path.Field("cycleId"));
        if (!review.Scale.Equals(cycle.Scale))
        {
            throw path.Field("cycleId").Error($"review '{review.Id}' was rated on another scale than that of cycle '{cycle.Id}' ({cycle.Scale}).");
        }

        var employee = RequireEmployee(snapshot, employees, review.EmployeeId, path.Field("employeeId"));
        RequireEmployee(snapshot, employees, review.ReviewerId, path.Field("reviewerId"));
        RequireInCycle(cycle, review.StartedOn, path.Field("startedOn"), "the review starts");
        RequireEmployed(employee, review.StartedOn, path.Field("startedOn"));
        for (var j = 0; j < review.Calibrations.Count; j++)
        {
            RequireEmployee(snapshot, employees, review.Calibrations[j].CalibratedBy, path.Field("calibrations")[j].Field("calibratedBy"));
        }
    }

    private static void ValidateConsequences(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles)
    {
        Unique(snapshot.DevelopmentPlans, p => p.Id, "developmentPlans", "development plan");
        for (var i = 0; i < snapshot.DevelopmentPlans.Count; i++)
        {
            CheckDevelopmentPlan(snapshot, employees, cycles, i);
        }

        Unique(snapshot.Recognitions, r => r.Id, "recognitions", "recognition");
        for (var i = 0; i < snapshot.Recognitions.Count; i++)
        {
            CheckRecognition(snapshot, employees, cycles, i);
        }

        Unique(snapshot.ImprovementPlans, p => p.Id, "improvementPlans", "improvement plan");
        for (var i = 0; i < snapshot.ImprovementPlans.Count; i++)
        {
            CheckImprovementPlan(snapshot, employees, i);
        }
    }

    /// <summary>Checks a development plan's employee, creation date and cycle.</summary>
    internal static void CheckDevelopmentPlan(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles, int i)
    {
        var plan = snapshot.DevelopmentPlans[i];
        var path = Root.Field("developmentPlans")[i];
        var employee = RequireEmployee(snapshot, employees, plan.EmployeeId, path.Field("employeeId"));
        RequireEmployed(employee, plan.CreatedOn, path.Field("createdOn"));
        if (plan.CycleId is { } cycle)
        {
            RequireCycle(snapshot, cycles, cycle, path.Field("cycleId"));
        }
    }

    /// <summary>Checks a recognition's people, date and cycle.</summary>
    internal static void CheckRecognition(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles, int i)
    {
        var recognition = snapshot.Recognitions[i];
        var path = Root.Field("recognitions")[i];
        var employee = RequireEmployee(snapshot, employees, recognition.EmployeeId, path.Field("employeeId"));
        RequireEmployee(snapshot, employees, recognition.GrantedBy, path.Field("grantedBy"));
        RequireEmployed(employee, recognition.GrantedOn, path.Field("grantedOn"));
        if (recognition.CycleId is { } cycle)
        {
            RequireCycle(snapshot, cycles, cycle, path.Field("cycleId"));
        }
    }

    /// <summary>Checks an improvement plan's employee, start date and deciders.</summary>
    internal static void CheckImprovementPlan(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, int i)
    {
        var plan = snapshot.ImprovementPlans[i];
        var path = Root.Field("improvementPlans")[i];
        var employee = RequireEmployee(snapshot, employees, plan.EmployeeId, path.Field("employeeId"));
        RequireEmployed(employee, plan.StartOn, path.Field("startOn"));
        for (var j = 0; j < plan.Decisions.Count; j++)
        {
            RequireEmployee(snapshot, employees, plan.Decisions[j].DecidedBy, path.Field("decisions")[j].Field("decidedBy"));
        }
    }

    private static bool Manages(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, EmployeeId manager, Employee report, LocalDate on)
    {
        var seen = new HashSet<EmployeeId> { report.Id };
        for (var cursor = report.ManagerOn(on); cursor is { } c && seen.Add(c); cursor = snapshot.Employees[employees[c]].ManagerOn(on))
        {
            if (c == manager)
            {
                return true;
            }
        }

        return false;
    }

    private static Employee RequireEmployee(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, EmployeeId id, SnapshotPath path) =>
        employees.TryGetValue(id, out var index) ? snapshot.Employees[index] : throw path.Error($"unknown employee '{id}'.");

    internal static PerformanceCycle RequireCycle(OrganizationSnapshot snapshot, IReadOnlyDictionary<CycleId, int> cycles, CycleId id, SnapshotPath path) =>
        cycles.TryGetValue(id, out var index) ? snapshot.Cycles[index] : throw path.Error($"unknown cycle '{id}'.");

    private static void RequireInCycle(PerformanceCycle cycle, LocalDate date, SnapshotPath path, string what)
    {
        if (!cycle.Period.Contains(date))
        {
            throw path.Error($"{what} on {date:uuuu-MM-dd}, outside cycle '{cycle.Id}' ({cycle.Period.Start:uuuu-MM-dd}..{cycle.Period.End:uuuu-MM-dd}).");
        }
    }

    private static void RequireEmployed(Employee employee, LocalDate date, SnapshotPath path)
    {
        if (date < employee.HireDate)
        {
            throw path.Error($"{date:uuuu-MM-dd} is before employee '{employee.Id}' was hired ({employee.HireDate:uuuu-MM-dd}).");
        }
    }
}
