using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Policies.Parameters;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// The projection of <see cref="FactProjection.Project"/>, cut into <see cref="FactGroup"/>s and kept up to date as
/// aggregates change: the aggregates are indexed by the employee they are about, so re-projecting a group reads only
/// that employee's aggregates, and a changed aggregate names the groups it touches. Projecting every group gives the
/// same facts as <see cref="FactProjection.Project"/> (a property test holds it to that).
/// </summary>
/// <remarks>
/// Bound to one as-of date at a time: <see cref="MoveTo"/> moves it forward, re-indexing only the employees whose
/// dates fall in between. Not thread-safe.
/// </remarks>
internal sealed partial class GroupProjection
{
    private LocalDate _asOf;
    private readonly PolicyParameters _parameters;
    private readonly IReadOnlyList<object> _packParameters;
    private readonly IReadOnlyList<PerformanceCycle> _cycles;
    private readonly Dictionary<CycleId, CycleFact> _cycleFacts;
    private readonly Dictionary<CycleId, PerformanceCycle> _cyclesById;
    private LocalDate? _currentCycleStart;
    private readonly Dictionary<EmployeeId, Employee> _employees = [];
    private readonly List<EmployeeId> _employeeOrder = [];
    private readonly Dictionary<EmployeeId, HashSet<EmployeeId>> _currentReports = [];
    private readonly Dictionary<EmployeeId, HashSet<EmployeeId>> _everReported = [];

    // What each employee was indexed under: hosts change aggregates in place, so the object cannot tell what it was.
    private readonly Dictionary<EmployeeId, (EmployeeId? Current, EmployeeId[] Ever)> _indexedLines = [];
    private readonly PerEmployee<CheckInId, CheckIn> _checkIns = new(c => c.Id, c => c.EmployeeId);
    private readonly PerEmployee<FeedbackNoteId, FeedbackNote> _notes = new(n => n.Id, n => n.AboutId);
    private readonly PerEmployee<ReviewId, Review> _reviews = new(r => r.Id, r => r.EmployeeId);
    private readonly PerEmployee<(CycleId, EmployeeId), CycleRecord> _records = new(r => (r.CycleId, r.EmployeeId), r => r.EmployeeId);
    private readonly PerEmployee<DevelopmentPlanId, DevelopmentPlan> _developmentPlans = new(p => p.Id, p => p.EmployeeId);
    private readonly PerEmployee<RecognitionId, Recognition> _recognitions = new(r => r.Id, r => r.EmployeeId);
    private readonly PerEmployee<ImprovementPlanId, ImprovementPlan> _improvementPlans = new(p => p.Id, p => p.EmployeeId);
    private readonly Dictionary<CycleId, GoalSet> _goalSets = [];

    // Pay and potential are not changed by updates (OrganizationSnapshot.With carries them): read from the first snapshot.
    private readonly OrganizationSnapshot _payAndPotential;
    private readonly ILookup<EmployeeId, PerfDomain.TalentReview.PotentialAssessment> _potentials;

    public GroupProjection(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters parameters, IReadOnlyList<object> packParameters)
    {
        _asOf = asOf;
        _parameters = parameters;
        _packParameters = packParameters;
        _cycles = snapshot.Cycles;
        _cycleFacts = FactProjection.Cycles(snapshot, asOf);
        _cyclesById = snapshot.Cycles.ToDictionary(c => c.Id);
        _currentCycleStart = FactProjection.CurrentCycleStart(_cycleFacts, asOf);
        _payAndPotential = snapshot;
        _potentials = snapshot.PotentialAssessments.ToLookup(a => a.EmployeeId);
        foreach (var employee in snapshot.Employees)
        {
            _employees.Add(employee.Id, employee);
            _employeeOrder.Add(employee.Id);
            IndexReportingLines(employee);
        }

        _checkIns.AddRange(snapshot.CheckIns);
        _notes.AddRange(snapshot.FeedbackNotes);
        _reviews.AddRange(snapshot.Reviews);
        _records.AddRange(snapshot.CycleRecords);
        _developmentPlans.AddRange(snapshot.DevelopmentPlans);
        _recognitions.AddRange(snapshot.Recognitions);
        _improvementPlans.AddRange(snapshot.ImprovementPlans);
        foreach (var set in snapshot.GoalSets)
        {
            _goalSets[set.CycleId] = set;
        }
    }

    /// <summary>Gets every group, in a deterministic order.</summary>
    public IEnumerable<FactGroup> Groups()
    {
        yield return FactGroup.Global;
        foreach (var id in _employeeOrder)
        {
            yield return FactGroup.Employee(id);
        }

        foreach (var id in _employeeOrder)
        {
            yield return FactGroup.Manager(id);
        }

        foreach (var cycle in _goalSets.Keys)
        {
            yield return FactGroup.GoalSet(cycle);
        }
    }

    /// <summary>Projects one group's facts as of the date.</summary>
    public List<object> Project(FactGroup group) => group.Kind switch
    {
        FactGroupKind.Global => Global(),
        FactGroupKind.Employee => EmployeeFacts(group.EmployeeId!.Value),
        FactGroupKind.Manager => ManagerFacts(group.EmployeeId!.Value),
        FactGroupKind.GoalSet => _goalSets.TryGetValue(group.CycleId!.Value, out var set) ? [.. FactProjection.KeyResultsOf(set, _cyclesById[set.CycleId], _asOf)] : [],
        _ => throw new ArgumentOutOfRangeException(nameof(group), group.Kind, "Unknown fact group."),
    };

    /// <summary>Takes in a changed or new aggregate, and adds the groups whose facts it may change.</summary>
    /// <param name="aggregate">The aggregate, as it is now.</param>
    /// <param name="dirty">Where the touched groups go.</param>
    public void Replace(AggregateRoot aggregate, ISet<FactGroup> dirty)
    {
        switch (aggregate)
        {
            case Employee employee:
                ReplaceEmployee(employee, dirty);
                break;
            case CheckIn checkIn:
                foreach (var about in _checkIns.Replace(checkIn))
                {
                    TouchEmployeeAndManager(about, dirty);
                }

                break;
            case FeedbackNote note:
                foreach (var about in _notes.Replace(note))
                {
                    TouchEmployeeAndManager(about, dirty);
                }

                break;
            case Review review:
                Touch(_reviews.Replace(review), dirty);
                break;
            case CycleRecord record:
                Touch(_records.Replace(record), dirty);
                break;
            case DevelopmentPlan plan:
                Touch(_developmentPlans.Replace(plan), dirty);
                break;
            case Recognition recognition:
                Touch(_recognitions.Replace(recognition), dirty);
                break;
            case ImprovementPlan plan:
                Touch(_improvementPlans.Replace(plan), dirty);
                break;
            case GoalSet set:
                _goalSets[set.CycleId] = set;
                dirty.Add(FactGroup.GoalSet(set.CycleId));
                break;
            default:
                throw new ArgumentException($"A snapshot holds no {aggregate?.GetType().Name ?? "null"}.", nameof(aggregate));
        }
    }

    private static void Touch(IEnumerable<EmployeeId> employees, ISet<FactGroup> dirty)
    {
        foreach (var id in employees)
        {
            dirty.Add(FactGroup.Employee(id));
        }
    }

    private void TouchEmployeeAndManager(EmployeeId about, ISet<FactGroup> dirty)
    {
        // The employee's last check-in or feedback, and the conversations their manager had in the window.
        dirty.Add(FactGroup.Employee(about));
        if (_employees.TryGetValue(about, out var employee) && employee.ManagerOn(_asOf) is { } manager)
        {
            dirty.Add(FactGroup.Manager(manager));
        }
    }

    private void ReplaceEmployee(Employee employee, ISet<FactGroup> dirty)
    {
        if (_employees.ContainsKey(employee.Id))
        {
            UnindexReportingLines(employee.Id, dirty);
        }
        else
        {
            _employeeOrder.Add(employee.Id);
        }

        _employees[employee.Id] = employee;
        IndexReportingLines(employee);
        TouchReportingLines(employee, dirty);
        dirty.Add(FactGroup.Employee(employee.Id));
        dirty.Add(FactGroup.Manager(employee.Id));

        // Their reports' skip-level manager is this employee's manager.
        if (_currentReports.TryGetValue(employee.Id, out var reports))
        {
            foreach (var report in reports)
            {
                dirty.Add(FactGroup.Employee(report));
            }
        }
    }

    private void IndexReportingLines(Employee employee)
    {
        var current = employee.ManagerOn(_asOf);
        if (current is { } manager)
        {
            SetOf(_currentReports, manager).Add(employee.Id);
        }

        var ever = employee.ReportingLines.Select(l => l.ManagerId).OfType<EmployeeId>().Distinct().ToArray();
        foreach (var m in ever)
        {
            SetOf(_everReported, m).Add(employee.Id);
        }

        _indexedLines[employee.Id] = (current, ever);
    }

    private void UnindexReportingLines(EmployeeId id, ISet<FactGroup> dirty)
    {
        var (current, ever) = _indexedLines[id];
        if (current is { } manager)
        {
            _currentReports[manager].Remove(id);
        }

        foreach (var m in ever)
        {
            _everReported[m].Remove(id);
            dirty.Add(FactGroup.Manager(m));
        }
    }

    // Every manager an employee reports or reported to: their report counts and first report date may change.
    private static void TouchReportingLines(Employee employee, ISet<FactGroup> dirty)
    {
        foreach (var line in employee.ReportingLines)
        {
            if (line.ManagerId is { } manager)
            {
                dirty.Add(FactGroup.Manager(manager));
            }
        }
    }

    private static HashSet<EmployeeId> SetOf(Dictionary<EmployeeId, HashSet<EmployeeId>> index, EmployeeId key)
    {
        if (!index.TryGetValue(key, out var set))
        {
            set = [];
            index.Add(key, set);
        }

        return set;
    }

    private List<object> Global()
    {
        var facts = new List<object>
        {
            new EvaluationDate(_asOf),
            _parameters.ReviewCadence,
            _parameters.RatingConsequences,
            _parameters.DevelopmentTriggers,
            _parameters.Rewards,
        };
        facts.AddRange(_cycleFacts.Values);
        facts.AddRange(_packParameters);
        return facts;
    }

    private List<object> EmployeeFacts(EmployeeId id)
    {
        var facts = new List<object>();
        if (_employees.TryGetValue(id, out var employee) && employee.HireDate <= _asOf)
        {
            var checkIns = _checkIns.Of(id).Where(c => c.Date <= _asOf);
            var downward = _notes.Of(id).Where(n => n.Date <= _asOf && n.Direction == FeedbackDirection.Downward);
            facts.Add(FactProjection.Employee(Find, employee, _asOf, _currentCycleStart, checkIns, downward));
        }

        var reviews = _reviews.Of(id);
        var ratings = FactProjection.Ratings(reviews, _cycleFacts, _asOf).ToList();
        facts.AddRange(ratings);
        if (employee is not null && employee.HireDate <= _asOf)
        {
            facts.AddRange(FactProjection.RewardFactsOf(_payAndPotential, employee, ratings, _potentials[id], _recognitions.Of(id), _cycleFacts, _asOf));
        }

        facts.AddRange(FactProjection.ReviewProgress(_records.Of(id), reviews, _cycleFacts, _asOf, _parameters.ReviewCadence.ReviewOverdueReportingDays));
        if (_improvementPlans.Of(id).Where(p => p.IsActiveOn(_asOf)).MaxBy(p => p.StartOn) is { } plan)
        {
            facts.Add(FactProjection.ImprovementPlanFactOf(plan, _asOf));
        }

        facts.AddRange(_developmentPlans.Of(id).Where(p => p.IsActiveOn(_asOf)).Select(p => FactProjection.DevelopmentPlanFactOf(p, _asOf)));
        facts.AddRange(_recognitions.Of(id).Where(r => r.GrantedOn <= _asOf).Select(FactProjection.RecognitionFactOf));
        return facts;
    }

    private List<object> ManagerFacts(EmployeeId id)
    {
        if (!_employees.TryGetValue(id, out var manager) || manager.HireDate > _asOf || !_currentReports.TryGetValue(id, out var candidates))
        {
            return [];
        }

        // As in FactProjection.Managers: reports who are employed and on probation or active.
        var reports = candidates
            .Select(r => _employees[r])
            .Where(r => r.HireDate <= _asOf && r.StatusOn(_asOf) is EmploymentStatus.Probation or EmploymentStatus.Active)
            .ToList();
        if (reports.Count == 0)
        {
            return [];
        }

        var firstReportOn = _everReported[id]
            .SelectMany(e => _employees[e].ReportingLines)
            .Where(l => l.ManagerId == id && l.EffectiveOn <= _asOf)
            .Min(l => l.EffectiveOn);
        var windowStart = _asOf.PlusDays(-_parameters.DevelopmentTriggers.ManagerConversationWindowDays);
        var conversations = 0;
        foreach (var report in reports)
        {
            conversations += _checkIns.Of(report.Id).Count(c => c.Date > windowStart && c.Date <= _asOf && c.Participants.Contains(id));
            conversations += _notes.Of(report.Id).Count(n => n.Date > windowStart && n.Date <= _asOf && n.FromId == id);
        }

        return [new ManagerFact(id, reports.Count, firstReportOn, conversations)];
    }

    private Employee? Find(EmployeeId id) => _employees.GetValueOrDefault(id);

    /// <summary>Aggregates of one kind by id, and the ids of each employee's, in the order they arrived.</summary>
    private sealed class PerEmployee<TId, T>(Func<T, TId> idOf, Func<T, EmployeeId> employeeOf)
        where TId : notnull
        where T : class
    {
        private static readonly List<T> None = [];
        private readonly Dictionary<TId, T> _byId = [];
        private readonly Dictionary<EmployeeId, List<T>> _byEmployee = [];

        public void AddRange(IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                _byId[idOf(item)] = item;
                ListOf(employeeOf(item)).Add(item);
            }
        }

        public List<T> Of(EmployeeId employee) => _byEmployee.GetValueOrDefault(employee) ?? None;

        /// <summary>Replaces the aggregate of the same id (keeping its place), or adds it; returns the employees concerned before and after.</summary>
        public IEnumerable<EmployeeId> Replace(T item)
        {
            var id = idOf(item);
            var now = employeeOf(item);
            if (_byId.TryGetValue(id, out var old))
            {
                var was = employeeOf(old);
                var list = ListOf(was);
                var index = list.IndexOf(old);
                if (was == now)
                {
                    list[index] = item;
                }
                else
                {
                    list.RemoveAt(index);
                    ListOf(now).Add(item);
                }

                _byId[id] = item;
                return was == now ? [now] : [was, now];
            }

            _byId.Add(id, item);
            ListOf(now).Add(item);
            return [now];
        }

        private List<T> ListOf(EmployeeId employee)
        {
            if (!_byEmployee.TryGetValue(employee, out var list))
            {
                list = [];
                _byEmployee.Add(employee, list);
            }

            return list;
        }
    }
}
