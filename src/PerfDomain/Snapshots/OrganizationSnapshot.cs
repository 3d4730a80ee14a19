using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots;

/// <summary>
/// The whole input of an evaluation: the organisation's units and employees with their reporting
/// lines, its performance cycles, and every record of the lifecycle — cycle records, goals,
/// check-ins, feedback, reviews, development plans, recognitions and improvement plans — and, optionally, pay
/// (grades' pay ranges and employees' base pay) and the potential assessments of talent reviews.
/// </summary>
/// <remarks>
/// <para>
/// Construction checks that the parts fit together (every date within <see cref="SupportedDates"/>,
/// ids unique, every reference resolves, reporting lines and unit nesting free of cycles, dates
/// inside their cycle and after the hire date, each
/// person's objective weights totalling 100% once past goal setting) and reports the first problem
/// as an <see cref="InvalidSnapshotException"/> whose path locates it in the JSON form.
/// </para>
/// <para>
/// The snapshot keeps the aggregates it is given, in the given order, which is also the order
/// of its JSON form. Do not change them while the snapshot is in use. Two snapshots are equal when
/// their JSON forms are identical (<see cref="SnapshotWriter.Write(OrganizationSnapshot, bool)"/>).
/// Reading a snapshot is thread-safe.
/// </para>
/// </remarks>
public sealed class OrganizationSnapshot : IEquatable<OrganizationSnapshot>
{
    /// <summary>
    /// The version of the JSON form that this library writes: 2, which added the optional sections <c>payRanges</c>,
    /// <c>compensation</c> and <c>potentialAssessments</c>. The reader reads it and version 1 (the same format without
    /// those sections) alike.
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The oldest version of the JSON form that this library reads: 1.</summary>
    public const int OldestSchemaVersion = 1;

    /// <summary>
    /// Gets the dates a snapshot may hold, and the as-of dates an evaluation accepts: 1 January 1900
    /// to 31 December 2200. Every date of the JSON form lies in this range, and so does the end of
    /// every improvement plan; far from the ends of the calendar (years 1 to 9999), so that no
    /// computation of a date from them and from policy parameters within their bounds can overflow.
    /// </summary>
    public static DateInterval SupportedDates { get; } = new(new LocalDate(1900, 1, 1), new LocalDate(2200, 12, 31));

    // Positions in the lists, rather than the aggregates, so that an update replacing an aggregate
    // in place shares these maps unchanged.
    private readonly IReadOnlyDictionary<EmployeeId, int> _employees;
    private readonly IReadOnlyDictionary<CycleId, PerformanceCycle> _cycles;
    private readonly IReadOnlyDictionary<CycleId, int> _goalSets;
    private readonly IReadOnlyDictionary<EmployeeId, int[]> _directReports;

    private readonly IReadOnlyDictionary<GradeId, PayRange> _payRanges;
    private readonly IReadOnlyDictionary<EmployeeId, CompensationHistory> _compensation;

    // Built on the first With (O(N) once), then carried from update to update.
    private SnapshotIndex? _index;

    /// <summary>Initialises a snapshot and checks that its parts fit together.</summary>
    /// <param name="organizationName">The organisation's display name.</param>
    /// <param name="employees">Every employee, including those who left.</param>
    /// <param name="cycles">The performance cycles.</param>
    /// <param name="referenceDate">The day the snapshot describes, used as the default "as of" by tools; optional.</param>
    /// <param name="orgUnits">The units employees and team objectives belong to.</param>
    /// <param name="cycleRecords">Each employee's record of each cycle they take part in.</param>
    /// <param name="goalSets">The objectives of each cycle, at most one set per cycle; empty sets are left out.</param>
    /// <param name="checkIns">The check-ins.</param>
    /// <param name="feedbackNotes">The feedback notes.</param>
    /// <param name="reviews">The reviews.</param>
    /// <param name="developmentPlans">The development plans.</param>
    /// <param name="recognitions">The recognitions and rewards.</param>
    /// <param name="improvementPlans">The improvement plans.</param>
    /// <param name="payRanges">The pay ranges of the grades, one per grade (optional: compensation is optional).</param>
    /// <param name="compensation">The employees' base pay histories, at most one per employee; employees without one are skipped by packs that need pay.</param>
    /// <param name="potentialAssessments">The potential assessments of talent reviews.</param>
    /// <exception cref="InvalidSnapshotException">The parts do not fit together; the path and reason say where and why.</exception>
    public OrganizationSnapshot(
        string organizationName,
        IEnumerable<Employee> employees,
        IEnumerable<PerformanceCycle> cycles,
        LocalDate? referenceDate = null,
        IEnumerable<OrgUnit>? orgUnits = null,
        IEnumerable<CycleRecord>? cycleRecords = null,
        IEnumerable<GoalSet>? goalSets = null,
        IEnumerable<CheckIn>? checkIns = null,
        IEnumerable<FeedbackNote>? feedbackNotes = null,
        IEnumerable<Review>? reviews = null,
        IEnumerable<DevelopmentPlan>? developmentPlans = null,
        IEnumerable<Recognition>? recognitions = null,
        IEnumerable<ImprovementPlan>? improvementPlans = null,
        IEnumerable<PayRange>? payRanges = null,
        IEnumerable<CompensationHistory>? compensation = null,
        IEnumerable<PotentialAssessment>? potentialAssessments = null)
    {
        OrganizationName = Guard.Against.InvalidText(organizationName, 200);
        ReferenceDate = referenceDate;
        Employees = Freeze(Guard.Against.Null(employees));
        Cycles = Freeze(Guard.Against.Null(cycles));
        OrgUnits = Freeze(orgUnits);
        CycleRecords = Freeze(cycleRecords);
        // A goal set without objectives has no JSON form (objectives are listed flat); it says nothing either.
        GoalSets = Freeze(goalSets?.Where(g => g is null || g.Objectives.Count > 0));
        CheckIns = Freeze(checkIns);
        FeedbackNotes = Freeze(feedbackNotes);
        Reviews = Freeze(reviews);
        DevelopmentPlans = Freeze(developmentPlans);
        Recognitions = Freeze(recognitions);
        ImprovementPlans = Freeze(improvementPlans);
        PayRanges = Freeze(payRanges);
        Compensation = Freeze(compensation);
        PotentialAssessments = Freeze(potentialAssessments);

        SnapshotValidator.Validate(this);
        _payRanges = PayRanges.ToDictionary(r => r.Grade);
        _compensation = Compensation.ToDictionary(c => c.EmployeeId);

        var employeePositions = new Dictionary<EmployeeId, int>(Employees.Count);
        for (var i = 0; i < Employees.Count; i++)
        {
            employeePositions.Add(Employees[i].Id, i);
        }

        _employees = employeePositions;

        _cycles = Cycles.ToDictionary(c => c.Id);
        var goalSetPositions = new Dictionary<CycleId, int>(GoalSets.Count);
        for (var i = 0; i < GoalSets.Count; i++)
        {
            goalSetPositions.Add(GoalSets[i].CycleId, i);
        }

        _goalSets = goalSetPositions;

        _directReports = PositionSets.Group<Employee, EmployeeId>(Employees, (e, k) =>
        {
            if (e.ManagerId is { } manager)
            {
                k.Add(manager);
            }
        });
    }

    // An update's result: the lists and maps are built and the change validated by SnapshotUpdate.
    internal OrganizationSnapshot(
        OrganizationSnapshot from,
        IReadOnlyList<Employee> employees,
        IReadOnlyList<CycleRecord> cycleRecords,
        IReadOnlyList<GoalSet> goalSets,
        IReadOnlyList<CheckIn> checkIns,
        IReadOnlyList<FeedbackNote> feedbackNotes,
        IReadOnlyList<Review> reviews,
        IReadOnlyList<DevelopmentPlan> developmentPlans,
        IReadOnlyList<Recognition> recognitions,
        IReadOnlyList<ImprovementPlan> improvementPlans,
        IReadOnlyDictionary<EmployeeId, int> employeePositions,
        IReadOnlyDictionary<CycleId, int> goalSetPositions,
        IReadOnlyDictionary<EmployeeId, int[]> directReports,
        SnapshotIndex index)
    {
        OrganizationName = from.OrganizationName;
        ReferenceDate = from.ReferenceDate;
        OrgUnits = from.OrgUnits;
        Cycles = from.Cycles;
        Employees = employees;
        CycleRecords = cycleRecords;
        GoalSets = goalSets;
        CheckIns = checkIns;
        FeedbackNotes = feedbackNotes;
        Reviews = reviews;
        DevelopmentPlans = developmentPlans;
        Recognitions = recognitions;
        ImprovementPlans = improvementPlans;
        PayRanges = from.PayRanges;
        Compensation = from.Compensation;
        PotentialAssessments = from.PotentialAssessments;
        _payRanges = from._payRanges;
        _compensation = from._compensation;
        _employees = employeePositions;
        _cycles = from._cycles;
        _goalSets = goalSetPositions;
        _directReports = directReports;
        _index = index;
    }

    /// <summary>Gets the organisation's display name.</summary>
    public string OrganizationName { get; }

    /// <summary>Gets the day the snapshot describes, if given: the default "as of" of tools.</summary>
    public LocalDate? ReferenceDate { get; }

    /// <summary>Gets the units.</summary>
    public IReadOnlyList<OrgUnit> OrgUnits { get; }

    /// <summary>Gets the employees.</summary>
    public IReadOnlyList<Employee> Employees { get; }

    /// <summary>Gets the cycles.</summary>
    public IReadOnlyList<PerformanceCycle> Cycles { get; }

    /// <summary>Gets the employees' records of the cycles.</summary>
    public IReadOnlyList<CycleRecord> CycleRecords { get; }

    /// <summary>Gets the goal sets, at most one per cycle.</summary>
    public IReadOnlyList<GoalSet> GoalSets { get; }

    /// <summary>Gets the check-ins.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; }

    /// <summary>Gets the feedback notes.</summary>
    public IReadOnlyList<FeedbackNote> FeedbackNotes { get; }

    /// <summary>Gets the reviews.</summary>
    public IReadOnlyList<Review> Reviews { get; }

    /// <summary>Gets the development plans.</summary>
    public IReadOnlyList<DevelopmentPlan> DevelopmentPlans { get; }

    /// <summary>Gets the recognitions and rewards.</summary>
    public IReadOnlyList<Recognition> Recognitions { get; }

    /// <summary>Gets the improvement plans.</summary>
    public IReadOnlyList<ImprovementPlan> ImprovementPlans { get; }

    /// <summary>Gets the pay ranges of the grades, one per grade.</summary>
    public IReadOnlyList<PayRange> PayRanges { get; }

    /// <summary>Gets the employees' base pay histories, at most one per employee.</summary>
    public IReadOnlyList<CompensationHistory> Compensation { get; }

    /// <summary>Gets the potential assessments.</summary>
    /// <remarks>
    /// Carried unchanged by <see cref="With(AggregateRoot[])"/>, which does not take assessments, pay ranges or pay
    /// histories: a host that changes them builds a new snapshot.
    /// </remarks>
    public IReadOnlyList<PotentialAssessment> PotentialAssessments { get; }

    /// <summary>Finds the pay range of a grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The range, or <see langword="null"/> when the snapshot has none for the grade.</returns>
    public PayRange? PayRangeOf(GradeId grade) => _payRanges.GetValueOrDefault(grade);

    /// <summary>Finds an employee's base pay history.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <returns>The history, or <see langword="null"/> when the snapshot has no pay for them.</returns>
    public CompensationHistory? CompensationOf(EmployeeId employeeId) => _compensation.GetValueOrDefault(employeeId);

    /// <summary>Gets an employee by id.</summary>
    /// <param name="id">The employee's id.</param>
    /// <returns>The employee.</returns>
    /// <exception cref="KeyNotFoundException">No employee has that id.</exception>
    public Employee Employee(EmployeeId id) =>
        _employees.TryGetValue(id, out var position) ? Employees[position] : throw new KeyNotFoundException($"The snapshot has no employee '{id}'.");

    /// <summary>Finds an employee by id.</summary>
    /// <param name="id">The employee's id.</param>
    /// <returns>The employee, or <see langword="null"/>.</returns>
    public Employee? FindEmployee(EmployeeId id) => _employees.TryGetValue(id, out var position) ? Employees[position] : null;

    /// <summary>Gets a cycle by id.</summary>
    /// <param name="id">The cycle's id.</param>
    /// <returns>The cycle.</returns>
    /// <exception cref="KeyNotFoundException">No cycle has that id.</exception>
    public PerformanceCycle Cycle(CycleId id) =>
        _cycles.TryGetValue(id, out var cycle) ? cycle : throw new KeyNotFoundException($"The snapshot has no cycle '{id}'.");

    /// <summary>Finds the goal set of a cycle.</summary>
    /// <param name="cycleId">The cycle's id.</param>
    /// <returns>The goal set, or <see langword="null"/> when the cycle has no objectives.</returns>
    public GoalSet? GoalSetOf(CycleId cycleId) => _goalSets.TryGetValue(cycleId, out var position) ? GoalSets[position] : null;

    /// <summary>Gets the employees who currently report to a manager, in snapshot order.</summary>
    /// <param name="managerId">The manager.</param>
    /// <returns>The direct reports; empty when there are none.</returns>
    public IEnumerable<Employee> DirectReportsOf(EmployeeId managerId) =>
        _directReports.TryGetValue(managerId, out var positions) ? positions.Select(p => Employees[p]) : [];

    /// <summary>
    /// Returns this snapshot with the given aggregates replaced (same id) or added, validating only
    /// what they touch.
    /// </summary>
    /// <param name="changed">
    /// The changed or new aggregates: employees (matched by id), cycle records (by cycle and
    /// employee), goal sets (by cycle), check-ins, feedback notes, reviews, development plans,
    /// recognitions and improvement plans (by id). One matching a held aggregate takes its place in
    /// the list; any other is appended. One the snapshot holds already (the same object, changed in
    /// place through its methods) is validated again. Later ones win over earlier ones with the same id.
    /// </param>
    /// <returns>
    /// A snapshot equal to the one the constructor builds from this snapshot's lists with the
    /// aggregates applied, with the same lookups; this snapshot is left as it is.
    /// </returns>
    /// <remarks>
    /// The cost follows the change: the lists that change are copied, and only the changed
    /// aggregates and those whose validity depends on them are checked (for an employee: everything
    /// about them, and feedback that may run through their reporting line). The first update of a
    /// snapshot built by the constructor also indexes it, once. The problem reported, if any, is the
    /// one the constructor would report.
    /// </remarks>
    /// <exception cref="InvalidSnapshotException">The snapshot with these aggregates would be inconsistent; the path locates the problem in the result.</exception>
    /// <exception cref="ArgumentException">An aggregate is of a kind a snapshot does not hold.</exception>
    public OrganizationSnapshot With(params AggregateRoot[] changed) => SnapshotUpdate.Apply(this, Guard.Against.Null(changed));

    /// <summary>
    /// Returns this snapshot with the given aggregates replaced (same id) or added, validating only
    /// what they touch; see <see cref="With(AggregateRoot[])"/>.
    /// </summary>
    /// <param name="changed">The changed or new aggregates.</param>
    /// <returns>The updated snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot with these aggregates would be inconsistent.</exception>
    /// <exception cref="ArgumentException">An aggregate is of a kind a snapshot does not hold.</exception>
    public OrganizationSnapshot With(IEnumerable<AggregateRoot> changed) => SnapshotUpdate.Apply(this, Guard.Against.Null(changed));

    /// <inheritdoc/>
    public bool Equals(OrganizationSnapshot? other) =>
        other is not null && (ReferenceEquals(this, other) || SnapshotWriter.Write(this, indented: false) == SnapshotWriter.Write(other, indented: false));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OrganizationSnapshot);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(SnapshotWriter.Write(this, indented: false));

    /// <inheritdoc/>
    public override string ToString() =>
        $"{OrganizationName}: {Employees.Count} employees, {Cycles.Count} cycles, {Reviews.Count} reviews, {CheckIns.Count} check-ins";

    internal IReadOnlyDictionary<EmployeeId, int> EmployeePositions => _employees;

    internal IReadOnlyDictionary<CycleId, int> GoalSetPositions => _goalSets;

    internal IReadOnlyDictionary<EmployeeId, int[]> DirectReportPositions => _directReports;

    /// <summary>Gets the index updates need, building it on first use.</summary>
    /// <param name="changing">The aggregates about to be applied (see <see cref="SnapshotIndex.Build"/>).</param>
    internal SnapshotIndex IndexFor(IEnumerable<AggregateRoot> changing)
    {
        // Two threads may both build it; either index is right, and the first one stays.
        return Volatile.Read(ref _index)
            ?? Interlocked.CompareExchange(ref _index, SnapshotIndex.Build(this, changing), null)
            ?? _index!;
    }

    private static ReadOnlyCollection<T> Freeze<T>(IEnumerable<T>? items)
        where T : class
    {
        var list = items?.ToList() ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Item {i} of the {typeof(T).Name} collection is null.", nameof(items));
            }
        }

        return list.AsReadOnly();
    }
}
