using System.Globalization;
using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Testing.Generation;

/// <summary>One run of <see cref="SyntheticOrganization.Generate(SyntheticOrganizationOptions, IProgress{double})"/>: all state of one organisation.</summary>
/// <remarks>
/// Every random choice comes from one <see cref="Random"/> in a fixed order, so a seed gives one
/// organisation. Each phase is a pass over the employees (or over employees × cycles): linear.
/// </remarks>
internal sealed class OrganizationGenerator
{
    private const int Meets = 3;
    private const int ProbationDays = 90;
    private const int HistoryDays = 240;

    private static readonly string[] Functions = ["Engineering", "Sales", "Marketing", "Operations", "Finance", "People", "Product", "Customer Support"];
    private static readonly string[] ContributorRoles = ["Software Engineer", "Account Executive", "Marketing Specialist", "Operations Analyst", "Financial Analyst", "People Partner", "Product Manager", "Support Specialist"];
    private static readonly string[] FirstNames = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luca", "Maya", "Noor", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wen", "Yusuf", "Zoe"];
    private static readonly string[] LastNames = ["Adeyemi", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Singh", "Tanaka", "Usman", "Varga", "Wong", "Yilmaz", "Zhou"];
    private static readonly CompetencyId[] Competencies = [new("communication"), new("delivery"), new("collaboration"), new("craft"), new("ownership")];
    private static readonly CompetencyId Leadership = new("leadership");
    private static readonly string[] FeedbackTexts =
    [
        "Clear write-up of the incident; next time loop in support earlier.",
        "Great facilitation of the planning session.",
        "The last two deliveries slipped; let us agree on smaller milestones.",
        "Thanks for the candid one-to-one notes.",
        "Strong customer focus on the renewal.",
        "Please share status earlier when a goal is at risk.",
    ];

    private readonly SyntheticOrganizationOptions _options;
    private readonly IProgress<double>? _progress;
    private readonly Action<IDomainEvent>? _recorded;
    private readonly Random _random;
    private readonly LocalDate _today;
    private readonly int _count;

    // The management tree: BFS order, so a manager's reports are contiguous and come after the manager.
    private readonly int[] _manager;
    private readonly int[] _depth;
    private readonly int[] _firstReport;
    private readonly int[] _reportCount;
    private readonly int[] _department;
    private readonly int[] _unit;
    private readonly int[] _teamUnit;
    private readonly List<OrgUnit> _units = [];

    private readonly EmployeeId[] _ids;
    private readonly Employee[] _employees;
    private readonly LocalDate[] _hire;
    private readonly LocalDate?[] _terminatedOn;
    private readonly LocalDate?[] _leaveSince;
    private readonly LocalDate?[] _backFromLeaveOn;
    private readonly bool[] _skipsReintegration;

    private readonly List<PerformanceCycle> _cycles = [];
    private readonly List<CycleRecord> _records = [];
    private readonly List<GoalSet> _goalSets = [];
    private readonly List<CheckIn> _checkIns = [];
    private readonly List<FeedbackNote> _notes = [];
    private readonly List<Review> _reviews = [];
    private readonly List<DevelopmentPlan> _developmentPlans = [];
    private readonly List<Recognition> _recognitions = [];
    private readonly List<ImprovementPlan> _improvementPlans = [];

    // Per cycle: the calibrated manager rating of each employee (0: none), the day of calibration, and the lowest-rated competency.
    private readonly List<int[]> _calibrated = [];
    private readonly List<LocalDate[]> _calibratedOn = [];
    private readonly CompetencyId[] _weakestCompetency;
    private readonly (KeyResultId Id, decimal Value)?[] _currentKeyResult;
    private readonly bool[] _onImprovementPlan;
    private readonly bool[] _needsRecentFeedback;
    private readonly bool[] _withholdFeedback;

    public OrganizationGenerator(SyntheticOrganizationOptions options, IProgress<double>? progress, Action<IDomainEvent>? recorded = null)
    {
        _options = options;
        _progress = progress;
        _recorded = recorded;
        _random = new Random(options.Seed);
        _today = options.ReferenceDate;
        _count = options.Employees;
        _manager = new int[_count];
        _depth = new int[_count];
        _firstReport = new int[_count];
        _reportCount = new int[_count];
        _department = new int[_count];
        _unit = new int[_count];
        _teamUnit = new int[_count];
        _ids = new EmployeeId[_count];
        _employees = new Employee[_count];
        _hire = new LocalDate[_count];
        _terminatedOn = new LocalDate?[_count];
        _leaveSince = new LocalDate?[_count];
        _backFromLeaveOn = new LocalDate?[_count];
        _skipsReintegration = new bool[_count];
        _weakestCompetency = new CompetencyId[_count];
        _currentKeyResult = new (KeyResultId, decimal)?[_count];
        _onImprovementPlan = new bool[_count];
        _needsRecentFeedback = new bool[_count];
        _withholdFeedback = new bool[_count];
    }

    private LocalDate Horizon => _today.PlusDays(-HistoryDays);

    public OrganizationSnapshot Run()
    {
        BuildTree();
        Report(0.05);
        HireEmployees();
        Report(0.25);
        BuildCycles();
        for (var c = 0; c < _cycles.Count; c++)
        {
            RunCycle(c);
            Report(0.25 + (0.4 * (c + 1) / _cycles.Count));
        }

        PlanConsequences();
        Report(0.7);
        RecordCheckIns();
        Report(0.8);
        GiveFeedback();
        Report(0.85);

        var snapshot = new OrganizationSnapshot(
            $"Synthetic organisation ({_count} employees, seed {_options.Seed})",
            _employees,
            _cycles,
            _today,
            _units,
            _records,
            _goalSets,
            _checkIns,
            _notes,
            _reviews,
            _developmentPlans,
            _recognitions,
            _improvementPlans);
        if (_options.PayAndPotential)
        {
            snapshot = PayAndPotential.Add(snapshot, _options.Seed, Drain);
        }

        Report(1);
        return snapshot;
    }

    private void Clear<T>(IEnumerable<T> aggregates)
        where T : AggregateRoot
    {
        foreach (var aggregate in aggregates)
        {
            Drain(aggregate);
        }
    }

    // The snapshot's aggregates carry no events; an observer (tests of the wire format) sees them before they go.
    private void Drain(AggregateRoot aggregate)
    {
        if (_recorded is not null)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                _recorded(domainEvent);
            }
        }

        aggregate.ClearDomainEvents();
    }

    private static string Number(int value) => value.ToString("D6", CultureInfo.InvariantCulture);

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;

    private void Report(double fraction) => _progress?.Report(fraction);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private int Between(int min, int max) => _random.Next(min, max + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private int DrawRating()
    {
        var u = _random.NextDouble();
        return u < 0.05 ? 1 : u < 0.20 ? 2 : u < 0.75 ? 3 : u < 0.95 ? 4 : 5;
    }

    private bool IsWorkingAtEnd(int i) => _terminatedOn[i] is null && _leaveSince[i] is null;

    // The last day the employee could take part in anything: the day before termination, else the reference date.
    private LocalDate LastDay(int i) => _terminatedOn[i] is { } t ? t.PlusDays(-1) : _today;

    private void BuildTree()
    {
        _manager[0] = -1;
        var current = 0;
        var capacity = DrawSpan();
        var assigned = 0;
        for (var i = 1; i < _count; i++)
        {
            if (assigned >= capacity)
            {
                current++;
                capacity = DrawSpan();
                assigned = 0;
            }

            if (assigned == 0)
            {
                _firstReport[current] = i;
            }

            _manager[i] = current;
            _depth[i] = _depth[current] + 1;
            _department[i] = _depth[i] == 1 ? i : _department[current];
            _reportCount[current]++;
            assigned++;
        }

        // Units: the company (the CEO and their reports), a department per CEO report, a team per deeper manager.
        _units.Add(new OrgUnit(new OrgUnitId("u-company"), "Company"));
        _teamUnit[0] = 0;
        for (var i = 0; i < _count; i++)
        {
            _unit[i] = i == 0 ? 0 : _teamUnit[_manager[i]];
            if (i > 0 && _reportCount[i] > 0)
            {
                var name = _depth[i] == 1 ? $"{Function(i)} department" : $"{Function(i)} team {Number(i)}";
                _teamUnit[i] = _units.Count;
                _units.Add(new OrgUnit(new OrgUnitId($"u-{Number(i)}"), name, _units[_unit[i]].Id));
            }
        }

        int DrawSpan()
        {
            var span = _options.MeanSpanOfControl;
            return Between(Math.Max(1, span - (span / 2)), span + (span / 2));
        }
    }

    private string Function(int i) => Functions[(_department[i] - 1 + Functions.Length) % Functions.Length];

    private (string Role, int Level) InitialRole(int i)
    {
        if (i == 0)
        {
            return ("Chief Executive Officer", 10);
        }

        if (_reportCount[i] > 0)
        {
            return _depth[i] == 1 ? ($"VP {Function(i)}", 8) : ($"{Function(i)} Manager", Math.Clamp(8 - _depth[i], 5, 7));
        }

        return (ContributorRoles[(_department[i] - 1 + ContributorRoles.Length) % ContributorRoles.Length], Between(1, 4));
    }

    private void HireEmployees()
    {
        var managersAtDepth = new Dictionary<int, List<int>>();
        for (var i = 0; i < _count; i++)
        {
            _ids[i] = new EmployeeId($"e-{Number(i)}");
            if (_reportCount[i] > 0)
            {
                if (!managersAtDepth.TryGetValue(_depth[i], out var list))
                {
                    managersAtDepth[_depth[i]] = list = [];
                }

                list.Add(i);
            }
        }

        var events = new List<(LocalDate On, int Order, Action<Employee> Apply)>();
        for (var i = 0; i < _count; i++)
        {
            var isManager = _reportCount[i] > 0;
            LocalDate hire;
            if (i == 0)
            {
                hire = _today.PlusYears(-12);
            }
            else
            {
                var drawn = !isManager && Chance(0.022) ? _today.PlusDays(-Between(0, ProbationDays - 1)) : _today.PlusDays(-Between(ProbationDays + 30, 9 * 365));
                hire = Earlier(Later(drawn, _hire[_manager[i]].PlusDays(1)), _today);
            }

            _hire[i] = hire;
            var onProbation = Period.DaysBetween(hire, _today) < ProbationDays;
            var hiredOnProbation = onProbation || Chance(0.5);
            var (role, level) = InitialRole(i);
            var name = $"{Pick(FirstNames)} {Pick(LastNames)}";
            var originalManager = i == 0 ? -1 : _manager[i];
            var originalUnit = _unit[i];

            events.Clear();
            var earliest = hire.PlusDays(ProbationDays + 1);
            var latest = _today.PlusDays(-5);
            if (!onProbation && hiredOnProbation)
            {
                events.Add((hire.PlusDays(ProbationDays), 0, e => e.CompleteProbation(hire.PlusDays(ProbationDays))));
            }

            if (!onProbation && earliest < latest)
            {
                var span = Period.DaysBetween(earliest, latest);
                if (!isManager && _depth[i] >= 2 && Chance(0.04))
                {
                    // Moved from a manager at the same level to the current one, with their team.
                    var peers = managersAtDepth[_depth[_manager[i]]];
                    var previous = Pick(peers);
                    if (previous != _manager[i] && _hire[previous] <= hire)
                    {
                        originalManager = previous;
                        originalUnit = _teamUnit[previous];
                        var on = earliest.PlusDays(Between(0, span));
                        var to = _ids[_manager[i]];
                        var unit = _units[_unit[i]].Id;
                        events.Add((on, 1, e =>
                        {
                            e.AssignManager(to, on);
                            e.MoveToOrgUnit(unit, on);
                        }));
                    }
                }

                if (i > 0 && Chance(0.15))
                {
                    // Most role changes are promotions; the rest lateral moves. About one in eight is recent.
                    var on = Chance(0.12) ? _today.PlusDays(-Between(5, 29)) : earliest.PlusDays(Between(0, span));
                    on = Later(on, earliest);
                    var promotion = isManager || Chance(0.6);
                    var newRole = promotion ? role : ContributorRoles[(Array.IndexOf(ContributorRoles, role) + 1 + ContributorRoles.Length) % ContributorRoles.Length];
                    var newLevel = promotion ? level + 1 : level;
                    events.Add((on, 2, e => e.ChangeRole(newRole, newLevel, on)));
                }

                if (!isManager && i > 0)
                {
                    var roll = _random.NextDouble();
                    if (roll < 0.03)
                    {
                        // Back from a leave: 20 to 200 days long, ended in the last 300 days.
                        var back = _today.PlusDays(-Between(1, 300));
                        var start = back.PlusDays(-Between(20, 200));
                        if (start >= earliest && back <= latest)
                        {
                            events.Add((start, 3, e => e.StartLeave(start)));
                            events.Add((back, 4, e => e.ReturnFromLeave(back)));
                            _backFromLeaveOn[i] = back;
                            _skipsReintegration[i] = Chance(0.5);
                        }
                    }
                    else if (roll < 0.06)
                    {
                        // On leave now, since after every other change.
                        var start = Later(_today.PlusDays(-Between(5, 200)), LatestOf(events, earliest));
                        if (start <= _today)
                        {
                            events.Add((start, 5, e => e.StartLeave(start)));
                            _leaveSince[i] = start;
                        }
                    }
                    else if (roll < 0.08)
                    {
                        var on = Later(_today.PlusDays(-Between(15, 400)), LatestOf(events, earliest));
                        if (on <= _today)
                        {
                            events.Add((on, 6, e => e.Terminate(on)));
                            _terminatedOn[i] = on;
                        }
                    }
                }
            }

            var employee = Employee.Hire(
                _ids[i],
                name,
                hire,
                role,
                level,
                _units[originalUnit].Id,
                originalManager < 0 ? null : _ids[originalManager],
                hiredOnProbation);
            events.Sort((a, b) => a.On != b.On ? a.On.CompareTo(b.On) : a.Order.CompareTo(b.Order));
            foreach (var (_, _, apply) in events)
            {
                apply(employee);
            }

            Drain(employee);
            _employees[i] = employee;
        }

        static LocalDate LatestOf(List<(LocalDate On, int Order, Action<Employee> Apply)> events, LocalDate floor)
        {
            var latest = floor;
            foreach (var (on, _, _) in events)
            {
                latest = Later(latest, on.PlusDays(1));
            }

            return latest;
        }
    }

    private void BuildCycles()
    {
        for (var year = _today.Year - _options.Years + 1; year <= _today.Year; year++)
        {
            for (var half = 1; half <= 2; half++)
            {
                var start = new LocalDate(year, half == 1 ? 1 : 7, 1);
                if (start > _today)
                {
                    continue;
                }

                var end = half == 1 ? new LocalDate(year, 6, 30) : new LocalDate(year, 12, 31);
                var windows = new[]
                {
                    new StageWindow(LifecycleStage.GoalSetting, new DateInterval(start, start.PlusDays(20))),
                    new StageWindow(LifecycleStage.OngoingFeedback, new DateInterval(start.PlusDays(7), end.PlusDays(-31))),
                    new StageWindow(LifecycleStage.Review, new DateInterval(end.PlusDays(-51), end.PlusDays(-21))),
                    new StageWindow(LifecycleStage.DevelopmentPlanning, new DateInterval(end.PlusDays(-30), end.PlusDays(-11))),
                    new StageWindow(LifecycleStage.Consequences, new DateInterval(end.PlusDays(-21), end)),
                };
                _cycles.Add(new PerformanceCycle(
                    new CycleId(string.Create(CultureInfo.InvariantCulture, $"cycle-{year}-h{half}")),
                    string.Create(CultureInfo.InvariantCulture, $"{year} H{half}"),
                    new DateInterval(start, end),
                    windows,
                    RatingScale.FivePoint));
            }
        }
    }

    private bool TakesPart(int i, PerformanceCycle cycle) =>
        _hire[i] <= cycle.Period.End.PlusDays(-30) && _hire[i] <= _today && (_terminatedOn[i] is not { } t || t > cycle.Period.End);

    private void RunCycle(int c)
    {
        var cycle = _cycles[c];
        var start = cycle.Period.Start;
        var end = cycle.Period.End;
        var calibrated = new int[_count];
        var calibratedOn = new LocalDate[_count];
        _calibrated.Add(calibrated);
        _calibratedOn.Add(calibratedOn);
        var isCurrent = cycle.Period.Contains(_today);

        // Cycle records, moved through the stages up to the reference date.
        var takesPart = new bool[_count];
        var participants = 0;
        LocalDate[] stageDays = [start.PlusDays(21), end.PlusDays(-51), end.PlusDays(-30), end.PlusDays(-21), end];
        for (var i = 0; i < _count; i++)
        {
            if (!TakesPart(i, cycle))
            {
                continue;
            }

            takesPart[i] = true;
            participants++;
            var opened = Later(start, _hire[i]);
            var record = CycleRecord.Open(cycle.Id, _ids[i], opened);
            foreach (var day in stageDays)
            {
                var on = Later(day, opened);
                if (on > _today)
                {
                    break;
                }

                record.Advance(on);
            }

            Drain(record);
            _records.Add(record);
        }

        BuildGoals(c, takesPart, participants, isCurrent);
        BuildReviews(c, takesPart);
    }

    private void BuildGoals(int c, bool[] takesPart, int participants, bool isCurrent)
    {
        var cycle = _cycles[c];
        var start = cycle.Period.Start;
        var set = new GoalSet(cycle.Id);
        var hasGoals = ChooseGoalOwners(takesPart, participants);
        var prefix = $"obj-{cycle.Id.Value}";
        var organisation = new[]
        {
            set.AddObjective(new ObjectiveId($"{prefix}-org-1"), GoalOwner.Organization, "Grow recurring revenue", 50, null, start).Id,
            set.AddObjective(new ObjectiveId($"{prefix}-org-2"), GoalOwner.Organization, "Delight customers", 50, null, start).Id,
        };
        var teamObjective = new ObjectiveId?[_units.Count];
        var elapsed = cycle.ElapsedFraction(_today);
        for (var i = 0; i < _count; i++)
        {
            if (!hasGoals[i])
            {
                continue;
            }

            var opened = Later(start, _hire[i]);
            var unit = _unit[i];
            if (teamObjective[unit] is not { } team)
            {
                team = set.AddObjective(new ObjectiveId($"{prefix}-{_units[unit].Id.Value}"), GoalOwner.Team(_units[unit].Id), $"{_units[unit].Name}: ship the roadmap", 100, organisation[unit % 2], start).Id;
                teamObjective[unit] = team;
            }

            var owner = GoalOwner.Individual(_ids[i]);
            decimal[] weights = Chance(0.5) ? (Chance(0.5) ? [60, 40] : [50, 50]) : (Chance(0.5) ? [40, 30, 30] : [34, 33, 33]);
            for (var j = 0; j < weights.Length; j++)
            {
                var objectiveId = new ObjectiveId($"{prefix}-{_ids[i].Value}-{j + 1}");
                set.AddObjective(objectiveId, owner, j == 0 ? "Deliver the team's commitments" : "Grow a skill that matters to the team", weights[j], team, opened);
                var keyResults = Between(1, 2);
                for (var k = 0; k < keyResults; k++)
                {
                    var keyResultId = new KeyResultId($"kr-{cycle.Id.Value}-{_ids[i].Value}-{j + 1}-{k + 1}");
                    var (description, target, unitName) = k == 0 ? ("Milestones delivered", 10m, "milestones") : ("Adoption", 100m, "%");
                    set.AddKeyResult(objectiveId, keyResultId, description, 0, target, unitName, opened);
                    double progress;
                    LocalDate measured;
                    if (isCurrent)
                    {
                        progress = Chance(0.12) ? elapsed * _random.NextDouble() * 0.5 : elapsed * (0.7 + (_random.NextDouble() * 0.5));
                        measured = _today.PlusDays(-Between(0, 20));
                    }
                    else
                    {
                        progress = 0.4 + (_random.NextDouble() * 0.7);
                        measured = cycle.Period.End.PlusDays(-Between(1, 30));
                    }

                    measured = Earlier(Later(measured, opened), _today);
                    var value = Math.Round((decimal)progress * target, 1);
                    set.RecordProgress(keyResultId, value, measured);
                    if (isCurrent && j == 0 && k == 0)
                    {
                        _currentKeyResult[i] = (keyResultId, value);
                    }
                }
            }
        }

        Drain(set);
        _goalSets.Add(set);
    }

    // Everyone, up to the limit; beyond it, whole teams in random order while they fit.
    private bool[] ChooseGoalOwners(bool[] takesPart, int participants)
    {
        var limit = _options.MaxGoalOwnersPerCycle;
        if (participants <= limit)
        {
            return (bool[])takesPart.Clone();
        }

        var chosen = new bool[_count];
        var managers = Enumerable.Range(0, _count).Where(i => _reportCount[i] > 0).ToArray();
        _random.Shuffle(managers);
        var total = 0;
        foreach (var m in managers)
        {
            var team = 0;
            for (var r = _firstReport[m]; r < _firstReport[m] + _reportCount[m]; r++)
            {
                team += takesPart[r] ? 1 : 0;
            }

            if (team == 0 || total + team > limit)
            {
                continue;
            }

            for (var r = _firstReport[m]; r < _firstReport[m] + _reportCount[m]; r++)
            {
                chosen[r] = takesPart[r];
            }

            total += team;
            if (total >= limit - 1)
            {
                break;
            }
        }

        return chosen;
    }

    private void BuildReviews(int c, bool[] takesPart)
    {
        var cycle = _cycles[c];
        var window = cycle.WindowOf(LifecycleStage.Review);
        if (_today < window.Start)
        {
            return;
        }

        // The whole review round lies before the reference date, or it is under way.
        var complete = _today > window.End.PlusDays(10);
        var daysIn = Period.DaysBetween(window.Start, _today);
        for (var i = 0; i < _count; i++)
        {
            if (!takesPart[i] || _hire[i].PlusDays(ProbationDays) > window.Start || _employees[i].StatusOn(window.Start) is not (EmploymentStatus.Active or EmploymentStatus.Probation))
            {
                continue;
            }

            var rating = DrawRating();
            var reviewId = $"rv-{cycle.Id.Value}-{_ids[i].Value}";
            if (complete ? Chance(0.95) : Chance(0.5))
            {
                var startedOn = complete ? window.Start.PlusDays(Between(0, 7)) : window.Start.PlusDays(Between(0, daysIn));
                var self = Review.Start(new ReviewId($"{reviewId}-self"), cycle, _ids[i], _ids[i], ReviewerRole.Self, startedOn);
                self.RateOverall(Math.Clamp(rating + Between(-1, 1), 1, 5));
                if (complete || Chance(0.5))
                {
                    self.Submit(complete ? startedOn.PlusDays(Between(0, 10)) : startedOn.PlusDays(Between(0, Period.DaysBetween(startedOn, _today))));
                }

                Drain(self);
                _reviews.Add(self);
            }

            if (_employees[i].ManagerOn(window.Start) is not { } managerId || !(complete ? Chance(0.97) : Chance(0.4)))
            {
                continue;
            }

            var started = complete ? window.Start.PlusDays(Between(0, 10)) : window.Start.PlusDays(Between(0, daysIn));
            var review = Review.Start(new ReviewId($"{reviewId}-manager"), cycle, _ids[i], managerId, ReviewerRole.Manager, started);
            var weakest = Competencies[0];
            var weakestRating = int.MaxValue;
            for (var k = 0; k < 2; k++)
            {
                var competency = Competencies[(i + k + c) % Competencies.Length];
                var competencyRating = Math.Clamp(rating + (Chance(0.3) ? (Chance(0.5) ? 1 : -1) : 0), 1, 5);
                review.RateCompetency(competency, competencyRating);
                if (competencyRating < weakestRating)
                {
                    (weakest, weakestRating) = (competency, competencyRating);
                }
            }

            review.RateOverall(rating);
            if (complete)
            {
                var submitted = started.PlusDays(Between(1, 15));
                review.Submit(submitted);
                if (Chance(0.92))
                {
                    var final = Chance(0.08) ? Math.Clamp(rating + (Chance(0.5) ? 1 : -1), 1, 5) : rating;
                    var by = _employees[_manager[i] < 0 ? 0 : _manager[i]].ManagerId ?? managerId;
                    var on = window.End.PlusDays(Between(1, 8));
                    review.Calibrate(final, by, final == rating ? null : "Calibrated against the department's other ratings.", on);
                    calibratedSet(final, on, weakest);
                }
            }
            else if (Chance(0.4))
            {
                review.Submit(started.PlusDays(Between(0, Period.DaysBetween(started, _today))));
            }

            Drain(review);
            _reviews.Add(review);

            void calibratedSet(int value, LocalDate on, CompetencyId competency)
            {
                _calibrated[c][i] = value;
                _calibratedOn[c][i] = on;
                _weakestCompetency[i] = competency;
            }
        }
    }

    private void PlanConsequences()
    {
        var rated = Enumerable.Range(0, _cycles.Count).Where(c => _calibrated[c].Any(r => r > 0)).ToList();
        for (var k = 0; k < rated.Count; k++)
        {
            var c = rated[k];
            var cycle = _cycles[c];
            for (var i = 0; i < _count; i++)
            {
                if (_calibrated[c][i] == 5 && Chance(0.5))
                {
                    var on = Earlier(_calibratedOn[c][i].PlusDays(Between(1, 10)), LastDay(i));
                    var by = _ids[_manager[i] < 0 ? 1 % _count : _manager[i]];
                    if (by != _ids[i] && on >= _hire[i])
                    {
                        _recognitions.Add(Recognition.Grant(new RecognitionId($"rc-{cycle.Id.Value}-{_ids[i].Value}"), _ids[i], RecognitionKind.Recognition, cycle.Id, by, on, "Outstanding results this cycle."));
                    }
                }

                if (k > 0 && _calibrated[c][i] >= 4 && _calibrated[rated[k - 1]][i] >= 4 && Chance(0.3) && _manager[i] >= 0)
                {
                    var on = Earlier(_calibratedOn[c][i].PlusDays(Between(5, 15)), LastDay(i));
                    _recognitions.Add(Recognition.Grant(new RecognitionId($"pn-{cycle.Id.Value}-{_ids[i].Value}"), _ids[i], RecognitionKind.PromotionNomination, cycle.Id, _ids[_manager[i]], on, "Sustained high performance."));
                }
            }
        }

        if (rated.Count == 0)
        {
            Clear(_recognitions);
            return;
        }

        var last = rated[^1];
        for (var i = 0; i < _count; i++)
        {
            var latest = _calibrated[last][i];
            if (latest is 0 or >= Meets || _manager[i] < 0)
            {
                continue;
            }

            var calibratedOn = _calibratedOn[last][i];
            var twoLow = rated.Count > 1 && _calibrated[rated[^2]][i] is > 0 and < Meets;
            var working = IsWorkingAtEnd(i);
            if (twoLow)
            {
                // Half of them have documented feedback in the last 90 days; the others none.
                _needsRecentFeedback[i] = Chance(0.5);
                _withholdFeedback[i] = !_needsRecentFeedback[i];
                if (working && Chance(0.35))
                {
                    var start = Later(calibratedOn.PlusDays(5), _today.PlusDays(-Between(5, 100)));
                    if (start < _today)
                    {
                        var plan = ImprovementPlan.Start(new ImprovementPlanId($"ip-{_ids[i].Value}"), _ids[i], start, Period.FromDays(60), "Deliver the agreed milestones on time and share status weekly.");
                        if (plan.EndsOn <= _today.PlusDays(-5) && Chance(0.5))
                        {
                            plan.Conclude(ImprovementPlanOutcome.Successful, _ids[_manager[i]], plan.EndsOn);
                        }
                        else
                        {
                            _onImprovementPlan[i] = true;
                        }

                        Drain(plan);
                        _improvementPlans.Add(plan);
                    }
                }
            }

            if (Chance(0.5))
            {
                var created = Earlier(calibratedOn.PlusDays(Between(1, 20)), LastDay(i));
                var plan = DevelopmentPlan.Create(new DevelopmentPlanId($"dp-{_ids[i].Value}"), _ids[i], _cycles[last].Id, created);
                plan.AddAction(new DevelopmentActionId($"dp-{_ids[i].Value}-1"), DevelopmentActionKind.Training, $"Training in {_weakestCompetency[i]}", created.PlusDays(90), _weakestCompetency[i], null, created);
                Drain(plan);
                _developmentPlans.Add(plan);
            }
        }

        // Mentoring plans for others, some of them completed.
        for (var i = 1; i < _count; i++)
        {
            if (_calibrated[last][i] < Meets || !Chance(0.06))
            {
                continue;
            }

            var created = Later(_hire[i], LastDay(i).PlusDays(-Between(10, 300)));
            var plan = DevelopmentPlan.Create(new DevelopmentPlanId($"dp-{_ids[i].Value}"), _ids[i], null, created);
            var action = new DevelopmentActionId($"dp-{_ids[i].Value}-1");
            plan.AddAction(action, DevelopmentActionKind.Mentoring, "Mentoring by a senior colleague", created.PlusDays(120), Leadership, null, created);
            if (Chance(0.4))
            {
                var done = Earlier(created.PlusDays(Between(30, 120)), LastDay(i));
                plan.CompleteAction(action, done);
                plan.Complete(done);
            }

            Drain(plan);
            _developmentPlans.Add(plan);
        }

        Clear(_recognitions);
    }

    private void RecordCheckIns()
    {
        var horizon = Horizon;
        for (var i = 1; i < _count; i++)
        {
            var employee = _employees[i];
            var end = _leaveSince[i] is { } leave ? leave.PlusDays(-1) : LastDay(i);
            if (_backFromLeaveOn[i] is not null && _skipsReintegration[i])
            {
                // Not seen since the return: the last check-in predates the leave.
                end = Earlier(end, employee.StatusHistory.Last(s => s.Status == EmploymentStatus.OnLeave).EffectiveOn.PlusDays(-1));
            }

            var interval = _onImprovementPlan[i] ? 7 : employee.Status == EmploymentStatus.Probation ? 14 : 30;
            var jitter = interval >= 14 ? 3 : 1;
            var latest = _terminatedOn[i] is null && _leaveSince[i] is null && Chance(0.12)
                ? end.PlusDays(-(interval + 8 + Between(0, 45)))
                : end.PlusDays(-Between(0, interval - 1));
            var floor = Later(_hire[i], horizon);
            var n = 0;
            for (var day = latest; day >= floor; day = day.PlusDays(-(interval + Between(-jitter, jitter))))
            {
                if ((n > 0 && Chance(0.08)) || employee.StatusOn(day) is not (EmploymentStatus.Active or EmploymentStatus.Probation) || employee.ManagerOn(day) is not { } manager)
                {
                    continue;
                }

                IEnumerable<KeyResultProgressNote>? progress = null;
                if (n == 0 && _currentKeyResult[i] is { } keyResult)
                {
                    progress = [new KeyResultProgressNote(keyResult.Id, keyResult.Value, Between(3, 9))];
                }

                n++;
                var checkIn = CheckIn.Record(new CheckInId($"ci-{_ids[i].Value}-{n}"), _ids[i], day, [manager], progress);
                Drain(checkIn);
                _checkIns.Add(checkIn);
            }
        }
    }

    private void GiveFeedback()
    {
        var n = 0;
        for (var i = 1; i < _count; i++)
        {
            var employee = _employees[i];
            var first = Later(_hire[i], _today.PlusDays(-365));
            var last = LastDay(i);
            if (first > last)
            {
                continue;
            }

            if (_needsRecentFeedback[i])
            {
                Downward(Later(first, _today.PlusDays(-Between(1, 80))));
            }
            else if (_withholdFeedback[i])
            {
                if (Chance(0.5))
                {
                    Downward(_today.PlusDays(-Between(120, 300)));
                }
            }
            else if (Chance(0.35))
            {
                Downward(_today.PlusDays(-Between(1, 180)));
            }

            if (Chance(0.10))
            {
                var day = Pick(first, last);
                if (employee.ManagerOn(day) is { } about && _hire[Index(about)] <= day)
                {
                    Add(_ids[i], about, FeedbackDirection.Upward, day);
                }
            }

            if (Chance(0.15) && _manager[i] >= 0 && _reportCount[_manager[i]] > 1)
            {
                var m = _manager[i];
                var peer = _firstReport[m] + _random.Next(_reportCount[m]);
                var day = Pick(Later(first, _hire[peer]), Earlier(last, LastDay(peer)));
                if (peer != i && day >= _hire[peer] && day >= first && day <= last && day <= LastDay(peer))
                {
                    Add(_ids[i], _ids[peer], FeedbackDirection.Peer, day);
                }
            }

            if (Chance(0.05))
            {
                Add(_ids[i], _ids[i], FeedbackDirection.Self, Pick(first, last));
            }

            void Downward(LocalDate day)
            {
                if (day < _hire[i] || day > last || employee.ManagerOn(day) is not { } from || _hire[Index(from)] > day)
                {
                    return;
                }

                Add(from, _ids[i], FeedbackDirection.Downward, day);
            }
        }

        void Add(EmployeeId from, EmployeeId about, FeedbackDirection direction, LocalDate day)
        {
            n++;
            var note = FeedbackNote.Give(new FeedbackNoteId($"fb-{Number(n)}"), from, about, direction, day, FeedbackTexts[n % FeedbackTexts.Length]);
            Drain(note);
            _notes.Add(note);
        }

        LocalDate Pick(LocalDate from, LocalDate to) => from >= to ? from : from.PlusDays(_random.Next(Period.DaysBetween(from, to) + 1));
    }

    private static int Index(EmployeeId id) => int.Parse(id.Value.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);
}
