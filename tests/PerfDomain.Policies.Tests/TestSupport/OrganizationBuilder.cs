using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.TalentReview;

namespace PerfDomain.Policies.Tests.TestSupport;

/// <summary>
/// Builds small test organisations through the public domain API: a CEO (<see cref="Ceo"/>), a
/// manager (<see cref="Manager"/>) reporting to the CEO, and the employees a test hires (reporting
/// to the manager unless told otherwise); two consecutive cycles, 2025 and 2026, on the five-point
/// scale (meets = 3) with the review window from 1 to 30 November.
/// </summary>
/// <remarks>
/// Employee changes (leave, role, manager) go straight to the aggregates, so a test makes them in
/// date order, as the domain requires.
/// </remarks>
internal sealed class OrganizationBuilder
{
    public static readonly EmployeeId Ceo = new("ceo");
    public static readonly EmployeeId Manager = new("mgr");
    public static readonly OrgUnitId Company = new("company");
    public static readonly OrgUnitId Engineering = new("engineering");
    public static readonly CycleId Cycle2025 = new("cycle-2025");
    public static readonly CycleId Cycle2026 = new("cycle-2026");
    public static readonly LocalDate CeoHired = new(2015, 1, 1);
    public static readonly LocalDate ManagerHired = new(2018, 1, 1);
    public static readonly LocalDate DefaultHire = new(2020, 1, 1);

    private readonly List<OrgUnit> _units = [new(Company, "Company"), new(Engineering, "Engineering", Company)];
    private readonly List<Employee> _employees = [];
    private readonly Dictionary<CycleId, PerformanceCycle> _cycles = [];
    private readonly List<CycleRecord> _records = [];
    private readonly Dictionary<CycleId, GoalSet> _goalSets = [];
    private readonly Dictionary<(CycleId, EmployeeId), ObjectiveId> _objectives = [];
    private readonly List<CheckIn> _checkIns = [];
    private readonly List<FeedbackNote> _notes = [];
    private readonly List<Review> _reviews = [];
    private readonly List<DevelopmentPlan> _developmentPlans = [];
    private readonly List<Recognition> _recognitions = [];
    private readonly List<ImprovementPlan> _improvementPlans = [];
    private readonly Dictionary<GradeId, PayRange> _payRanges = [];
    private readonly Dictionary<EmployeeId, List<BasePay>> _pay = [];
    private readonly List<PotentialAssessment> _potentials = [];
    private int _next;

    public OrganizationBuilder()
    {
        _cycles[Cycle2025] = MakeCycle(2025);
        _cycles[Cycle2026] = MakeCycle(2026);
        _employees.Add(Employee.Hire(Ceo, "Chief Executive", CeoHired, "CEO", 10, Company, null, onProbation: false));
        _employees.Add(Employee.Hire(Manager, "Manager", ManagerHired, "Engineering manager", 6, Engineering, Ceo, onProbation: false));
    }

    public static RatingScale Scale => RatingScale.FivePoint;

    public static CycleId CycleOf(int year) => year switch
    {
        2025 => Cycle2025,
        2026 => Cycle2026,
        _ => throw new ArgumentOutOfRangeException(nameof(year), year, "The test organisation has the cycles 2025 and 2026."),
    };

    public static DateInterval ReviewWindowOf(int year) => new(new LocalDate(year, 11, 1), new LocalDate(year, 11, 30));

    public PerformanceCycle CycleFor(int year) => _cycles[CycleOf(year)];

    public Employee this[EmployeeId id] => _employees.Single(e => e.Id == id);

    /// <summary>Hires an employee, by default on 2020-01-01, active, reporting to <see cref="Manager"/> in engineering.</summary>
    public OrganizationBuilder Hire(string id, LocalDate? on = null, bool probation = false, EmployeeId? manager = null, OrgUnitId? unit = null, int level = 2)
    {
        _employees.Add(Employee.Hire(new EmployeeId(id), $"Person {id}", on ?? DefaultHire, "Engineer", level, unit ?? Engineering, manager ?? Manager, probation));
        return this;
    }

    /// <summary>Hires an employee with no manager.</summary>
    public OrganizationBuilder HireWithoutManager(string id, LocalDate? on = null)
    {
        _employees.Add(Employee.Hire(new EmployeeId(id), $"Person {id}", on ?? DefaultHire, "Engineer", 2, Engineering, null, onProbation: false));
        return this;
    }

    public OrganizationBuilder CompleteProbation(string id, LocalDate on)
    {
        this[new EmployeeId(id)].CompleteProbation(on);
        return this;
    }

    /// <summary>Puts an employee on leave from a day, returning on another (the first day back), if given.</summary>
    public OrganizationBuilder Leave(string id, LocalDate from, LocalDate? backOn = null)
    {
        var employee = this[new EmployeeId(id)];
        employee.StartLeave(from);
        if (backOn is { } back)
        {
            employee.ReturnFromLeave(back);
        }

        return this;
    }

    public OrganizationBuilder Terminate(string id, LocalDate on)
    {
        this[new EmployeeId(id)].Terminate(on);
        return this;
    }

    /// <summary>Moves an employee to a new role one level up (a promotion).</summary>
    public OrganizationBuilder ChangeRole(string id, LocalDate on)
    {
        var employee = this[new EmployeeId(id)];
        employee.ChangeRole("Senior " + employee.Role, employee.Level + 1, on);
        return this;
    }

    public OrganizationBuilder ReportTo(string id, EmployeeId? manager, LocalDate on)
    {
        this[new EmployeeId(id)].AssignManager(manager, on);
        return this;
    }

    public OrganizationBuilder MoveTo(string id, OrgUnitId unit, LocalDate on)
    {
        this[new EmployeeId(id)].MoveToOrgUnit(unit, on);
        return this;
    }

    /// <summary>Records a check-in of an employee with their manager of that day (or the CEO if they have none).</summary>
    public OrganizationBuilder CheckIn(string id, LocalDate on, EmployeeId? with = null)
    {
        var employee = this[new EmployeeId(id)];
        var other = with ?? employee.ManagerOn(on) ?? (employee.Id == Ceo ? Manager : Ceo);
        _checkIns.Add(global::PerfDomain.Feedback.CheckIn.Record(new CheckInId(Next("ci")), employee.Id, on, [other]));
        return this;
    }

    /// <summary>Records downward feedback about an employee from their manager of that day.</summary>
    public OrganizationBuilder DownwardFeedback(string id, LocalDate on, EmployeeId? from = null)
    {
        var employee = this[new EmployeeId(id)];
        var giver = from ?? employee.ManagerOn(on) ?? throw new InvalidOperationException($"{id} has no manager on {on}.");
        _notes.Add(FeedbackNote.Give(new FeedbackNoteId(Next("fb")), giver, employee.Id, FeedbackDirection.Downward, on, "Clear, specific feedback"));
        return this;
    }

    public OrganizationBuilder PeerFeedback(string aboutId, string fromId, LocalDate on)
    {
        _notes.Add(FeedbackNote.Give(new FeedbackNoteId(Next("fb")), new EmployeeId(fromId), new EmployeeId(aboutId), FeedbackDirection.Peer, on, "Peer feedback"));
        return this;
    }

    /// <summary>Opens an employee's record of a cycle (what the review rules look at).</summary>
    public OrganizationBuilder Enrol(string id, int year)
    {
        EnsureRecord(new EmployeeId(id), year);
        return this;
    }

    /// <summary>
    /// Adds a manager review of an employee in a cycle, started on 5 November and submitted on
    /// 10 November with a rating; calibrated (to the same rating, or <paramref name="calibratedTo"/>)
    /// on 20 November unless <paramref name="calibrate"/> is false.
    /// </summary>
    public OrganizationBuilder ManagerReview(
        string id,
        int year,
        int rating,
        bool calibrate = true,
        int? calibratedTo = null,
        LocalDate? submittedOn = null,
        LocalDate? calibratedOn = null,
        EmployeeId? reviewer = null,
        params (string Competency, int Rating)[] competencies)
    {
        var employeeId = new EmployeeId(id);
        var cycle = CycleFor(year);
        EnsureRecord(employeeId, year);
        var submitted = submittedOn ?? new LocalDate(year, 11, 10);
        var started = Earlier(new LocalDate(year, 11, 5), submitted);
        started = Later(started, Later(cycle.Period.Start, this[employeeId].HireDate));
        var review = Review.Start(new ReviewId(Next("rev")), cycle, employeeId, reviewer ?? this[employeeId].ManagerOn(started) ?? Ceo, ReviewerRole.Manager, started);
        foreach (var (competency, value) in competencies)
        {
            review.RateCompetency(new CompetencyId(competency), value);
        }

        review.RateOverall(rating);
        review.Submit(submitted);
        if (calibrate)
        {
            var to = calibratedTo ?? rating;
            review.Calibrate(to, Ceo, to == rating ? null : "Calibrated against peers", calibratedOn ?? new LocalDate(year, 11, 20));
        }

        _reviews.Add(review);
        return this;
    }

    /// <summary>Adds a manager review that was started and rated but never submitted.</summary>
    public OrganizationBuilder DraftManagerReview(string id, int year, int rating)
    {
        var employeeId = new EmployeeId(id);
        EnsureRecord(employeeId, year);
        var review = Review.Start(new ReviewId(Next("rev")), CycleFor(year), employeeId, this[employeeId].ManagerId ?? Ceo, ReviewerRole.Manager, new LocalDate(year, 11, 5));
        review.RateOverall(rating);
        _reviews.Add(review);
        return this;
    }

    /// <summary>Adds a self review submitted on a day (10 November by default).</summary>
    public OrganizationBuilder SelfReview(string id, int year, LocalDate? submittedOn = null)
    {
        var employeeId = new EmployeeId(id);
        EnsureRecord(employeeId, year);
        var submitted = submittedOn ?? new LocalDate(year, 11, 10);
        var review = Review.Start(new ReviewId(Next("rev")), CycleFor(year), employeeId, employeeId, ReviewerRole.Self, Earlier(new LocalDate(year, 11, 5), submitted));
        review.RateOverall(3);
        review.Submit(submitted);
        _reviews.Add(review);
        return this;
    }

    /// <summary>Starts an improvement plan (60 days by default), concluded on a day if <paramref name="concludedOn"/> is given.</summary>
    public OrganizationBuilder ImprovementPlan(string id, LocalDate start, int days = 60, LocalDate? concludedOn = null, string? planId = null, int? extendedByDaysOnEnd = null)
    {
        var plan = global::PerfDomain.Consequences.ImprovementPlan.Start(new ImprovementPlanId(planId ?? Next("pip")), new EmployeeId(id), start, Period.FromDays(days), "Meet the agreed expectations");
        if (extendedByDaysOnEnd is { } extension)
        {
            plan.Extend(Period.FromDays(extension), Manager, plan.EndsOn);
        }

        if (concludedOn is { } on)
        {
            plan.Conclude(ImprovementPlanOutcome.Successful, Manager, on);
        }

        _improvementPlans.Add(plan);
        return this;
    }

    /// <summary>Creates a development plan with one open training action per competency; closed (cancelled) on a day if given.</summary>
    public OrganizationBuilder DevelopmentPlan(string id, LocalDate created, LocalDate? cancelledOn = null, params string[] competencies)
    {
        var plan = global::PerfDomain.Development.DevelopmentPlan.Create(new DevelopmentPlanId(Next("dp")), new EmployeeId(id), null, created);
        foreach (var competency in competencies.DefaultIfEmpty("craft"))
        {
            plan.AddAction(new DevelopmentActionId(Next("act")), DevelopmentActionKind.Training, $"Train {competency}", created.PlusDays(90), new CompetencyId(competency), null, created);
        }

        if (cancelledOn is { } on)
        {
            plan.Cancel(on);
        }

        _developmentPlans.Add(plan);
        return this;
    }

    public OrganizationBuilder Recognition(string id, RecognitionKind kind, int? year, LocalDate on)
    {
        _recognitions.Add(global::PerfDomain.Consequences.Recognition.Grant(new RecognitionId(Next("rec")), new EmployeeId(id), kind, year is { } y ? CycleOf(y) : null, Ceo, on, "Great work"));
        return this;
    }

    /// <summary>Adds a key result (0 to 100 %) to the employee's objective of a cycle, with progress recorded on a day if given.</summary>
    public OrganizationBuilder KeyResult(string id, int year, string keyResultId, decimal? progressPercent = null, LocalDate? recordedOn = null)
    {
        var employeeId = new EmployeeId(id);
        var cycleId = CycleOf(year);
        var start = _cycles[cycleId].Period.Start;
        if (!_goalSets.TryGetValue(cycleId, out var goals))
        {
            goals = new GoalSet(cycleId);
            _goalSets[cycleId] = goals;
        }

        if (!_objectives.TryGetValue((cycleId, employeeId), out var objectiveId))
        {
            objectiveId = new ObjectiveId(Next("obj"));
            goals.AddObjective(objectiveId, GoalOwner.Individual(employeeId), $"Objective of {id}", 100, null, start);
            _objectives[(cycleId, employeeId)] = objectiveId;
        }

        goals.AddKeyResult(objectiveId, new KeyResultId(keyResultId), "Move the metric", 0, 100, "%", start);
        if (progressPercent is { } value)
        {
            goals.RecordProgress(new KeyResultId(keyResultId), value, recordedOn ?? start);
        }

        return this;
    }

    /// <summary>The pay range of grade <c>g-2</c> unless a test adds its own: 50,000 to 70,000 EUR a year, midpoint 60,000.</summary>
    public static readonly PayRange DefaultRange = new(new GradeId("g-2"), new CurrencyCode("EUR"), PayPeriod.Annual, 50_000m, 60_000m, 70_000m);

    /// <summary>Adds (or replaces) the pay range of a grade.</summary>
    public OrganizationBuilder PayRange(PayRange range)
    {
        _payRanges[range.Grade] = range;
        return this;
    }

    /// <summary>Pays an employee a yearly amount in EUR from a day (the hire date by default), in grade <c>g-2</c> unless told otherwise.</summary>
    public OrganizationBuilder Pay(string id, decimal annual, LocalDate? from = null, string grade = "g-2")
    {
        var employeeId = new EmployeeId(id);
        var gradeId = new GradeId(grade);
        if (gradeId == DefaultRange.Grade)
        {
            _payRanges.TryAdd(gradeId, DefaultRange);
        }

        if (!_pay.TryGetValue(employeeId, out var history))
        {
            history = [];
            _pay[employeeId] = history;
        }

        history.Add(new BasePay(from ?? this[employeeId].HireDate, annual, new CurrencyCode("EUR"), PayPeriod.Annual, gradeId));
        return this;
    }

    /// <summary>Adds the manager's potential assessment of an employee for a cycle on 10 November, calibrated by the CEO on 20 November unless told otherwise.</summary>
    public OrganizationBuilder Potential(string id, int year, PotentialLevel potential, bool calibrate = true, PotentialLevel? calibratedTo = null)
    {
        var employeeId = new EmployeeId(id);
        var assessment = PotentialAssessment.Assess(
            new PotentialAssessmentId(Next("pa")), CycleOf(year), employeeId, this[employeeId].ManagerId ?? Ceo, potential, new LocalDate(year, 11, 10));
        if (calibrate)
        {
            var to = calibratedTo ?? potential;
            assessment.Calibrate(to, Ceo, to == potential ? null : "Calibrated in the talent review", new LocalDate(year, 11, 20));
        }

        assessment.ClearDomainEvents();
        _potentials.Add(assessment);
        return this;
    }

    public OrganizationSnapshot Build(LocalDate? referenceDate = null) =>
        new(
            "Test organisation",
            _employees,
            _cycles.Values,
            referenceDate,
            _units,
            _records,
            _goalSets.Values,
            _checkIns,
            _notes,
            _reviews,
            _developmentPlans,
            _recognitions,
            _improvementPlans,
            _payRanges.Values,
            _pay.Select(p => new CompensationHistory(p.Key, p.Value)),
            _potentials);

    private static PerformanceCycle MakeCycle(int year)
    {
        var start = new LocalDate(year, 1, 1);
        var end = new LocalDate(year, 12, 31);
        return new PerformanceCycle(
            CycleOf(year),
            year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new DateInterval(start, end),
            [
                new StageWindow(LifecycleStage.GoalSetting, new DateInterval(start, new LocalDate(year, 1, 31))),
                new StageWindow(LifecycleStage.OngoingFeedback, new DateInterval(start, new LocalDate(year, 10, 31))),
                new StageWindow(LifecycleStage.Review, ReviewWindowOf(year)),
                new StageWindow(LifecycleStage.DevelopmentPlanning, new DateInterval(new LocalDate(year, 11, 15), new LocalDate(year, 12, 15))),
                new StageWindow(LifecycleStage.Consequences, new DateInterval(new LocalDate(year, 12, 1), end)),
            ],
            Scale);
    }

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private void EnsureRecord(EmployeeId id, int year)
    {
        var cycle = CycleFor(year);
        if (!_records.Exists(r => r.EmployeeId == id && r.CycleId == cycle.Id))
        {
            _records.Add(CycleRecord.Open(cycle.Id, id, Later(cycle.Period.Start, this[id].HireDate)));
        }
    }

    private string Next(string prefix) => $"{prefix}-{++_next}";
}
