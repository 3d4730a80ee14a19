using Ardalis.GuardClauses;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots;

/// <summary>
/// Applies changed aggregates to a snapshot, validating only what they touch: the body of
/// <see cref="OrganizationSnapshot.With(AggregateRoot[])"/>.
/// </summary>
/// <remarks>
/// <para>
/// The snapshot it starts from was valid, and aggregates the host did not hand over have not
/// changed, so a problem in the result can only sit in a changed aggregate or in one whose checks
/// read a changed aggregate. Those are checked with <see cref="SnapshotValidator"/>'s own per-item
/// checks. The full validation reports the first problem in its own order, which interleaves kinds
/// (key results of check-ins before their employees…); rather than reproduce that order, any
/// problem found sends the result through the full validation, which throws exactly what the
/// constructor would.
/// </para>
/// <para>
/// Also validated in full, by building the snapshot with the constructor: a goal set that loses an
/// objective or key result it had (check-ins and plans may name them), a goal set with no
/// objectives (the constructor leaves those out), and an index that met duplicate ids.
/// </para>
/// </remarks>
internal sealed class SnapshotUpdate
{
    private readonly OrganizationSnapshot _from;
    private readonly SnapshotIndex _index;
    private readonly SnapshotColumn<Employee, EmployeeId> _employees;
    private readonly SnapshotColumn<CycleRecord, (CycleId, EmployeeId)> _records;
    private readonly SnapshotColumn<GoalSet, CycleId> _goalSets;
    private readonly SnapshotColumn<CheckIn, CheckInId> _checkIns;
    private readonly SnapshotColumn<FeedbackNote, FeedbackNoteId> _notes;
    private readonly SnapshotColumn<Review, ReviewId> _reviews;
    private readonly SnapshotColumn<DevelopmentPlan, DevelopmentPlanId> _developmentPlans;
    private readonly SnapshotColumn<Recognition, RecognitionId> _recognitions;
    private readonly SnapshotColumn<ImprovementPlan, ImprovementPlanId> _improvementPlans;

    private SnapshotUpdate(OrganizationSnapshot from, SnapshotIndex index)
    {
        _from = from;
        _index = index;
        _employees = new(from.Employees, index.EmployeePositions, e => e.Id);
        _records = new(from.CycleRecords, index.Records, r => (r.CycleId, r.EmployeeId));
        _goalSets = new(from.GoalSets, index.GoalSetPositions, g => g.CycleId);
        _checkIns = new(from.CheckIns, index.CheckIns, c => c.Id);
        _notes = new(from.FeedbackNotes, index.FeedbackNotes, n => n.Id);
        _reviews = new(from.Reviews, index.Reviews, r => r.Id);
        _developmentPlans = new(from.DevelopmentPlans, index.DevelopmentPlans, p => p.Id);
        _recognitions = new(from.Recognitions, index.Recognitions, r => r.Id);
        _improvementPlans = new(from.ImprovementPlans, index.ImprovementPlans, p => p.Id);
    }

    public static OrganizationSnapshot Apply(OrganizationSnapshot from, IEnumerable<AggregateRoot> changed)
    {
        Guard.Against.Null(changed);
        var aggregates = changed.ToList();
        if (aggregates.Count == 0)
        {
            return from;
        }

        var update = new SnapshotUpdate(from, from.IndexFor(aggregates));
        foreach (var aggregate in aggregates)
        {
            update.Upsert(aggregate, nameof(changed));
        }

        return update.Build();
    }

    private void Upsert(AggregateRoot aggregate, string parameter)
    {
        switch (aggregate)
        {
            case Employee employee:
                _employees.Upsert(employee);
                break;
            case CycleRecord record:
                _records.Upsert(record);
                break;
            case GoalSet set:
                _goalSets.Upsert(set);
                break;
            case CheckIn checkIn:
                _checkIns.Upsert(checkIn);
                break;
            case FeedbackNote note:
                _notes.Upsert(note);
                break;
            case Review review:
                _reviews.Upsert(review);
                break;
            case DevelopmentPlan plan:
                _developmentPlans.Upsert(plan);
                break;
            case Recognition recognition:
                _recognitions.Upsert(recognition);
                break;
            case ImprovementPlan plan:
                _improvementPlans.Upsert(plan);
                break;
            case TalentReview.PotentialAssessment:
                throw new ArgumentException("With does not take potential assessments (nor pay ranges or pay histories); build a new snapshot with them.", parameter);
            default:
                throw new ArgumentException($"A snapshot holds no {aggregate?.GetType().Name ?? "null"}.", parameter);
        }
    }

    private OrganizationSnapshot Build()
    {
        if (_index.Suspect || !GoalSetsKeepTheirIds())
        {
            return Full();
        }

        var directReports = new CopyOnWriteMap<EmployeeId, int[]>(_index.DirectReportPositions);
        var reportsEver = new CopyOnWriteMap<EmployeeId, int[]>(_index.ReportsEver);
        var lineCounts = new CopyOnWriteMap<EmployeeId, int>(_index.LineCounts);
        var newLines = PatchEmployees(directReports, reportsEver, lineCounts);

        var recordsOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.RecordsOf);
        var checkInsOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.CheckInsOf);
        var notesOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.NotesOf);
        var reviewsOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.ReviewsOf);
        var developmentPlansOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.DevelopmentPlansOf);
        var recognitionsOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.RecognitionsOf);
        var improvementPlansOf = new CopyOnWriteMap<EmployeeId, int[]>(_index.ImprovementPlansOf);
        _records.PatchOwners(recordsOf, (r, k) => k.Add(r.EmployeeId));
        _checkIns.PatchOwners(checkInsOf, (c, k) => k.Add(c.EmployeeId));
        _notes.PatchOwners(notesOf, SnapshotIndex.NoteKeys);
        _reviews.PatchOwners(reviewsOf, (r, k) => k.Add(r.EmployeeId));
        _developmentPlans.PatchOwners(developmentPlansOf, (p, k) => k.Add(p.EmployeeId));
        _recognitions.PatchOwners(recognitionsOf, (r, k) => k.Add(r.EmployeeId));
        _improvementPlans.PatchOwners(improvementPlansOf, (p, k) => k.Add(p.EmployeeId));

        var objectives = new CopyOnWriteMap<ObjectiveId, CycleId>(_index.Objectives);
        var keyResults = new CopyOnWriteMap<KeyResultId, CycleId>(_index.KeyResults);
        if (!RegisterGoals(objectives, keyResults))
        {
            // An objective or key result id another cycle's set holds already.
            return Full();
        }

        var index = new SnapshotIndex
        {
            Units = _index.Units,
            Cycles = _index.Cycles,
            Records = _records.Positions.Read,
            Objectives = objectives.Read,
            KeyResults = keyResults.Read,
            CheckIns = _checkIns.Positions.Read,
            FeedbackNotes = _notes.Positions.Read,
            Reviews = _reviews.Positions.Read,
            DevelopmentPlans = _developmentPlans.Positions.Read,
            Recognitions = _recognitions.Positions.Read,
            ImprovementPlans = _improvementPlans.Positions.Read,
            RecordsOf = recordsOf.Read,
            CheckInsOf = checkInsOf.Read,
            NotesOf = notesOf.Read,
            ReviewsOf = reviewsOf.Read,
            DevelopmentPlansOf = developmentPlansOf.Read,
            RecognitionsOf = recognitionsOf.Read,
            ImprovementPlansOf = improvementPlansOf.Read,
            ReportsEver = reportsEver.Read,
            LineCounts = lineCounts.Read,
            EmployeePositions = _employees.Positions.Read,
            GoalSetPositions = _goalSets.Positions.Read,
            DirectReportPositions = directReports.Read,
        };
        var result = new OrganizationSnapshot(
            _from,
            _employees.Items,
            _records.Items,
            _goalSets.Items,
            _checkIns.Items,
            _notes.Items,
            _reviews.Items,
            _developmentPlans.Items,
            _recognitions.Items,
            _improvementPlans.Items,
            _employees.Positions.Read,
            _goalSets.Positions.Read,
            directReports.Read,
            index);

        try
        {
            new SnapshotCheck(result, index, this).Run(newLines);
        }
        catch (InvalidSnapshotException)
        {
            return Full();
        }

        return result;
    }

    // The constructor validates everything and reports the first problem in its own order; the
    // snapshot it builds (if valid) starts a new chain of updates with a fresh index.
    private OrganizationSnapshot Full() => new(
        _from.OrganizationName,
        _employees.Items,
        _from.Cycles,
        _from.ReferenceDate,
        _from.OrgUnits,
        _records.Items,
        _goalSets.Items,
        _checkIns.Items,
        _notes.Items,
        _reviews.Items,
        _developmentPlans.Items,
        _recognitions.Items,
        _improvementPlans.Items);

    // Check-ins and development plans may name any objective or key result, and nothing indexes who
    // names which: a set that drops one (or is left empty, which the constructor drops) goes the full way.
    private bool GoalSetsKeepTheirIds()
    {
        foreach (var (position, old) in _goalSets.Changed)
        {
            var set = _goalSets[position];
            if (set.Objectives.Count == 0)
            {
                return false;
            }

            // Goal sets only ever grow in place, so the same object has lost nothing.
            if (old is null || ReferenceEquals(old, set))
            {
                continue;
            }

            foreach (var objective in old.Objectives)
            {
                if (set.Find(objective.Id) is null)
                {
                    return false;
                }

                foreach (var keyResult in objective.KeyResults)
                {
                    if (set.FindKeyResult(keyResult.Id) is null)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private bool RegisterGoals(CopyOnWriteMap<ObjectiveId, CycleId> objectives, CopyOnWriteMap<KeyResultId, CycleId> keyResults)
    {
        foreach (var position in _goalSets.Changed.Keys)
        {
            var set = _goalSets[position];
            foreach (var objective in set.Objectives)
            {
                if (!Register(objectives, objective.Id, set.CycleId))
                {
                    return false;
                }

                foreach (var keyResult in objective.KeyResults)
                {
                    if (!Register(keyResults, keyResult.Id, set.CycleId))
                    {
                        return false;
                    }
                }
            }
        }

        return true;

        static bool Register<TId>(CopyOnWriteMap<TId, CycleId> map, TId id, CycleId cycle)
            where TId : notnull
        {
            if (map.Read.TryGetValue(id, out var holder))
            {
                return holder == cycle;
            }

            map.Set(id, cycle);
            return true;
        }
    }

    /// <summary>Moves changed employees between their managers' reports; returns those whose reporting lines changed.</summary>
    private List<EmployeeId> PatchEmployees(CopyOnWriteMap<EmployeeId, int[]> directReports, CopyOnWriteMap<EmployeeId, int[]> reportsEver, CopyOnWriteMap<EmployeeId, int> lineCounts)
    {
        var newLines = new List<EmployeeId>();
        var before = new List<EmployeeId>();
        var now = new List<EmployeeId>();
        foreach (var (position, old) in _employees.Changed)
        {
            var employee = _employees[position];
            before.Clear();
            now.Clear();
            SnapshotIndex.ManagerKeys(employee, now);
            if (old is not null)
            {
                SnapshotIndex.ManagerKeys(old, before);
            }

            // Lines are only appended in place, so the current manager the original snapshot knew is
            // among the managers the employee ever had, before or now.
            foreach (var manager in before.Concat(now))
            {
                if (manager == employee.ManagerId)
                {
                    PositionSets.Add(directReports, manager, position);
                }
                else
                {
                    PositionSets.Remove(directReports, manager, position);
                }
            }

            foreach (var manager in before)
            {
                if (!now.Contains(manager))
                {
                    PositionSets.Remove(reportsEver, manager, position);
                }
            }

            foreach (var manager in now)
            {
                PositionSets.Add(reportsEver, manager, position);
            }

            var count = employee.ReportingLines.Count;
            var linesChanged = old is null
                || (!ReferenceEquals(old, employee) && !old.ReportingLines.SequenceEqual(employee.ReportingLines))
                || lineCounts.Read.GetValueOrDefault(employee.Id, SnapshotIndex.Unknown) != count;
            if (linesChanged)
            {
                newLines.Add(employee.Id);
                lineCounts.Set(employee.Id, count);
            }
        }

        return newLines;
    }

    /// <summary>The per-item checks of what an update touched, over the updated snapshot.</summary>
    private sealed class SnapshotCheck(OrganizationSnapshot result, SnapshotIndex index, SnapshotUpdate update)
    {
        private readonly HashSet<int> _records = [.. update._records.Changed.Keys];
        private readonly HashSet<int> _checkIns = [.. update._checkIns.Changed.Keys];
        private readonly HashSet<int> _notes = [.. update._notes.Changed.Keys];
        private readonly HashSet<int> _reviews = [.. update._reviews.Changed.Keys];
        private readonly HashSet<int> _developmentPlans = [.. update._developmentPlans.Changed.Keys];
        private readonly HashSet<int> _recognitions = [.. update._recognitions.Changed.Keys];
        private readonly HashSet<int> _improvementPlans = [.. update._improvementPlans.Changed.Keys];

        public void Run(List<EmployeeId> newLines)
        {
            var employees = result.EmployeePositions;
            var changedEmployees = update._employees.Changed.Keys;
            CheckDates();
            foreach (var position in changedEmployees)
            {
                SnapshotValidator.CheckEmployee(result, index.Units, employees, position);
            }

            // Any new manager cycle runs through a changed employee; their managers exist (checked above).
            foreach (var position in changedEmployees)
            {
                SnapshotValidator.CheckManagerChain(result, employees, position);
            }

            // Whatever names a changed employee as its subject checks their hire date.
            foreach (var position in changedEmployees)
            {
                var id = result.Employees[position].Id;
                Include(_records, index.RecordsOf, id);
                Include(_checkIns, index.CheckInsOf, id);
                Include(_notes, index.NotesOf, id);
                Include(_reviews, index.ReviewsOf, id);
                Include(_developmentPlans, index.DevelopmentPlansOf, id);
                Include(_recognitions, index.RecognitionsOf, id);
                Include(_improvementPlans, index.ImprovementPlansOf, id);
            }

            IncludeNotesThroughNewLines(newLines);

            foreach (var position in _records)
            {
                SnapshotValidator.CheckCycleRecord(result, employees, index.Cycles, position, pairs: null);
            }

            foreach (var position in update._records.Changed.Keys)
            {
                CheckWeightsOf(result.CycleRecords[position]);
            }

            foreach (var position in update._goalSets.Changed.Keys)
            {
                CheckGoalSet(position);
            }

            foreach (var position in _checkIns)
            {
                SnapshotValidator.CheckCheckInProgress(result, index.KeyResults, position);
                SnapshotValidator.CheckCheckIn(result, employees, position);
            }

            foreach (var position in _notes)
            {
                SnapshotValidator.CheckFeedbackNote(result, employees, position);
            }

            foreach (var position in _reviews)
            {
                SnapshotValidator.CheckReview(result, employees, index.Cycles, position);
            }

            foreach (var position in _developmentPlans)
            {
                SnapshotValidator.CheckDevelopmentPlanActions(result, index.Objectives, position);
                SnapshotValidator.CheckDevelopmentPlan(result, employees, index.Cycles, position);
            }

            foreach (var position in _recognitions)
            {
                SnapshotValidator.CheckRecognition(result, employees, index.Cycles, position);
            }

            foreach (var position in _improvementPlans)
            {
                SnapshotValidator.CheckImprovementPlan(result, employees, position);
            }
        }

        // The dates of what changed lie in OrganizationSnapshot.SupportedDates, as in a snapshot built anew.
        private void CheckDates()
        {
            var root = SnapshotPath.Root;
            foreach (var position in update._employees.Changed.Keys)
            {
                SnapshotDates.Employee(result.Employees[position], root.Field("employees")[position]);
            }

            foreach (var position in update._records.Changed.Keys)
            {
                SnapshotDates.CycleRecord(result.CycleRecords[position], root.Field("cycleRecords")[position]);
            }

            foreach (var position in update._goalSets.Changed.Keys)
            {
                SnapshotDates.GoalSet(result.GoalSets[position], result.GoalSets.Take(position).Sum(g => g.Objectives.Count));
            }

            foreach (var position in update._checkIns.Changed.Keys)
            {
                SnapshotDates.CheckIn(result.CheckIns[position], root.Field("checkIns")[position]);
            }

            foreach (var position in update._notes.Changed.Keys)
            {
                SnapshotDates.FeedbackNote(result.FeedbackNotes[position], root.Field("feedbackNotes")[position]);
            }

            foreach (var position in update._reviews.Changed.Keys)
            {
                SnapshotDates.Review(result.Reviews[position], root.Field("reviews")[position]);
            }

            foreach (var position in update._developmentPlans.Changed.Keys)
            {
                SnapshotDates.DevelopmentPlan(result.DevelopmentPlans[position], root.Field("developmentPlans")[position]);
            }

            foreach (var position in update._recognitions.Changed.Keys)
            {
                SnapshotDates.Recognition(result.Recognitions[position], root.Field("recognitions")[position]);
            }

            foreach (var position in update._improvementPlans.Changed.Keys)
            {
                SnapshotDates.ImprovementPlan(result.ImprovementPlans[position], root.Field("improvementPlans")[position]);
            }
        }

        private static void Include(HashSet<int> positions, IReadOnlyDictionary<EmployeeId, int[]> byEmployee, EmployeeId id)
        {
            if (byEmployee.TryGetValue(id, out var found))
            {
                positions.UnionWith(found);
            }
        }

        // Whether one person is above another on a date follows the reporting lines upwards: a note
        // can only be affected when the chain from its giver or receiver passes someone whose lines
        // changed, that is, when one of them ever reported, directly or through others, to that someone.
        private void IncludeNotesThroughNewLines(List<EmployeeId> newLines)
        {
            var seen = new HashSet<EmployeeId>();
            var pending = new Queue<EmployeeId>();
            foreach (var id in newLines)
            {
                if (seen.Add(id))
                {
                    pending.Enqueue(id);
                }
            }

            while (pending.TryDequeue(out var id))
            {
                Include(_notes, index.NotesOf, id);
                if (!index.ReportsEver.TryGetValue(id, out var reports))
                {
                    continue;
                }

                foreach (var position in reports)
                {
                    var report = result.Employees[position].Id;
                    if (seen.Add(report))
                    {
                        pending.Enqueue(report);
                    }
                }
            }
        }

        private void CheckWeightsOf(CycleRecord record)
        {
            if (result.GoalSetOf(record.CycleId) is not { } set)
            {
                return;
            }

            var owner = GoalOwner.Individual(record.EmployeeId);
            if (set.ObjectivesOf(owner).Any() && !SnapshotValidator.WeightsHold(set, owner, record.Stage))
            {
                throw SnapshotValidator.WeightsError(SnapshotPath.Root.Field("objectives"), set, owner);
            }
        }

        private void CheckGoalSet(int position)
        {
            var first = 0;
            for (var i = 0; i < position; i++)
            {
                first += result.GoalSets[i].Objectives.Count;
            }

            var set = result.GoalSets[position];
            var objectives = SnapshotPath.Root.Field("objectives");
            SnapshotValidator.RequireCycle(result, index.Cycles, set.CycleId, objectives[first].Field("cycleId"));
            var owners = new HashSet<GoalOwner>();
            for (var j = 0; j < set.Objectives.Count; j++)
            {
                SnapshotValidator.CheckObjectiveOwner(result, index.Units, result.EmployeePositions, set.Objectives[j], objectives[first + j]);
                var owner = set.Objectives[j].Owner;
                if (owners.Add(owner))
                {
                    var stage = owner.EmployeeId is { } person && index.Records.TryGetValue((set.CycleId, person), out var record)
                        ? result.CycleRecords[record].Stage
                        : (LifecycleStage?)null;
                    if (!SnapshotValidator.WeightsHold(set, owner, stage))
                    {
                        throw SnapshotValidator.WeightsError(objectives[first + j], set, owner);
                    }
                }
            }
        }
    }
}
