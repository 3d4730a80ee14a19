using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

/// <summary>
/// Builds a valid, varied organisation from a seed and a size, through the domain's own API, so
/// that every snapshot it returns obeys every rule. FsCheck drives it with (seed, size) pairs and
/// shrinks by size.
/// </summary>
internal static class RandomOrganization
{
    public static readonly LocalDate ReferenceDate = new(2026, 11, 16);

    public static OrganizationSnapshot Build(int seed, int size)
    {
        var random = new Random(seed);
        var builder = new Builder(random, Math.Max(1, size));
        return builder.Build();
    }

    private sealed class Builder(Random random, int size)
    {
        private readonly List<OrgUnit> _units = [];
        private readonly List<Employee> _employees = [];
        private readonly List<PerformanceCycle> _cycles = [];
        private readonly List<CycleRecord> _records = [];
        private readonly List<GoalSet> _goalSets = [];
        private readonly List<CheckIn> _checkIns = [];
        private readonly List<FeedbackNote> _notes = [];
        private readonly List<Review> _reviews = [];
        private readonly List<DevelopmentPlan> _plans = [];
        private readonly List<Recognition> _recognitions = [];
        private readonly List<ImprovementPlan> _improvementPlans = [];
        private int _next;

        public OrganizationSnapshot Build()
        {
            BuildUnits();
            BuildEmployees();
            BuildCycles();
            foreach (var cycle in _cycles)
            {
                BuildCycleContent(cycle);
            }

            BuildFeedback();
            BuildConsequences();
            return new OrganizationSnapshot(
                "Generated " + size,
                _employees,
                _cycles,
                random.Next(2) == 0 ? ReferenceDate : null,
                _units,
                _records,
                _goalSets,
                _checkIns,
                _notes,
                _reviews,
                _plans,
                _recognitions,
                _improvementPlans);
        }

        private string Next(string prefix) => $"{prefix}-{++_next}";

        private LocalDate Between(LocalDate from, LocalDate to) =>
            to <= from ? from : from.PlusDays(random.Next(Period.DaysBetween(from, to) + 1));

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private void BuildUnits()
        {
            var company = new OrgUnit(new OrgUnitId("company"), "Company");
            _units.Add(company);
            for (var i = 0; i < 1 + (size / 8); i++)
            {
                var parent = random.Next(3) == 0 ? Pick(_units).Id : company.Id;
                _units.Add(new OrgUnit(new OrgUnitId(Next("unit")), $"Unit {i}", parent));
            }
        }

        private void BuildEmployees()
        {
            for (var i = 0; i < size; i++)
            {
                var hire = Between(new LocalDate(2018, 1, 1), ReferenceDate.PlusDays(-10));
                EmployeeId? manager = i == 0 ? null : Pick(_employees).Id;
                var employee = Employee.Hire(
                    new EmployeeId(Next("emp")),
                    $"Person {i}",
                    hire,
                    Pick(["Engineer", "Analyst", "Designer", "Manager"]),
                    1 + random.Next(6),
                    Pick(_units).Id,
                    manager,
                    onProbation: random.Next(3) == 0);
                var cursor = hire;
                if (employee.Status == EmploymentStatus.Probation && random.Next(2) == 0 && cursor.PlusDays(90) < ReferenceDate)
                {
                    cursor = cursor.PlusDays(90);
                    employee.CompleteProbation(cursor);
                }

                if (random.Next(4) == 0 && cursor.PlusDays(30) < ReferenceDate)
                {
                    cursor = Between(cursor.PlusDays(1), ReferenceDate.PlusDays(-20));
                    employee.StartLeave(cursor);
                    if (random.Next(2) == 0)
                    {
                        cursor = Between(cursor.PlusDays(1), ReferenceDate.PlusDays(-1));
                        employee.ReturnFromLeave(cursor);
                    }
                }

                if (random.Next(3) == 0 && cursor.PlusDays(100) < ReferenceDate)
                {
                    cursor = Between(cursor.PlusDays(100), ReferenceDate);
                    employee.ChangeRole("Senior " + employee.Role, employee.Level + 1, cursor);
                }

                if (i > 1 && random.Next(4) == 0)
                {
                    var other = _employees[random.Next(_employees.Count)].Id;
                    if (other != employee.ManagerId)
                    {
                        cursor = Between(cursor.PlusDays(1), ReferenceDate);
                        employee.AssignManager(other, cursor);
                    }
                }

                if (_units.Count > 1 && random.Next(4) == 0)
                {
                    var unit = Pick(_units).Id;
                    if (unit != employee.OrgUnitId)
                    {
                        cursor = Between(cursor.PlusDays(1), ReferenceDate);
                        employee.MoveToOrgUnit(unit, cursor);
                    }
                }

                if (random.Next(10) == 0 && employee.Status != EmploymentStatus.Terminated)
                {
                    employee.Terminate(Between(cursor.PlusDays(1), ReferenceDate));
                }

                _employees.Add(employee);
            }
        }

        private void BuildCycles()
        {
            var scales = new[] { RatingScale.ThreePoint, RatingScale.FourPoint, RatingScale.FivePoint };
            foreach (var year in new[] { 2025, 2026 }.Take(1 + random.Next(2)))
            {
                var start = new LocalDate(year, 1, 1);
                var end = new LocalDate(year, 12, 31);
                _cycles.Add(new PerformanceCycle(
                    new CycleId($"cycle-{year}"),
                    $"{year}",
                    new DateInterval(start, end),
                    [
                        new StageWindow(LifecycleStage.GoalSetting, new DateInterval(start, start.PlusDays(30))),
                        new StageWindow(LifecycleStage.OngoingFeedback, new DateInterval(start, end)),
                        new StageWindow(LifecycleStage.Review, new DateInterval(new LocalDate(year, 11, 1), end)),
                        new StageWindow(LifecycleStage.DevelopmentPlanning, new DateInterval(new LocalDate(year, 11, 15), end)),
                        new StageWindow(LifecycleStage.Consequences, new DateInterval(new LocalDate(year, 12, 1), end)),
                    ],
                    Pick(scales)));
            }
        }

        private void BuildCycleContent(PerformanceCycle cycle)
        {
            var goals = new GoalSet(cycle.Id);
            var organisation = goals.AddObjective(new ObjectiveId(Next("obj")), GoalOwner.Organization, "Grow", 100, null, cycle.Period.Start);
            var teamObjectives = new List<Objective>();
            foreach (var unit in _units.Skip(1).Where(_ => random.Next(2) == 0))
            {
                teamObjectives.Add(goals.AddObjective(new ObjectiveId(Next("obj")), GoalOwner.Team(unit.Id), $"Deliver for {unit.Name}", 100, organisation.Id, cycle.Period.Start));
            }

            var reviewWindow = cycle.WindowOf(LifecycleStage.Review);
            foreach (var employee in _employees.Where(e => e.HireDate <= reviewWindow.Start.PlusDays(-1) && random.Next(5) != 0))
            {
                var opened = Max(cycle.Period.Start, employee.HireDate);
                var record = CycleRecord.Open(cycle.Id, employee.Id, opened);
                var day = opened;
                var stages = random.Next(6);
                for (var s = 0; s < stages; s++)
                {
                    day = Between(day, day.PlusDays(60));
                    record.Advance(day);
                }

                _records.Add(record);
                BuildObjectives(goals, employee, record, teamObjectives.Count > 0 ? Pick(teamObjectives) : organisation, cycle.Period.Start);
                BuildReviews(cycle, employee, reviewWindow);
            }

            _goalSets.Add(goals);
        }

        private void BuildObjectives(GoalSet goals, Employee employee, CycleRecord record, Objective parent, LocalDate on)
        {
            var owner = GoalOwner.Individual(employee.Id);
            var count = 1 + random.Next(3);
            var weights = Enumerable.Repeat(decimal.Round(100m / count), count).ToList();
            weights[^1] = 100 - weights.Take(count - 1).Sum();
            if (record.Stage == LifecycleStage.GoalSetting && random.Next(2) == 0)
            {
                // Still setting goals: the weights need not total 100% yet.
                weights[^1] = Math.Max(0, weights[^1] - 10);
            }

            for (var i = 0; i < count; i++)
            {
                var objective = goals.AddObjective(new ObjectiveId(Next("obj")), owner, $"Objective {i} of {employee.Name}", weights[i], random.Next(4) == 0 ? null : parent.Id, on);
                for (var k = random.Next(3); k > 0; k--)
                {
                    var start = random.Next(100);
                    var target = start + 1 + random.Next(100);
                    var keyResult = goals.AddKeyResult(objective.Id, new KeyResultId(Next("kr")), "Move the metric", start, target, Pick(["%", "customers", "ms"]), on);
                    if (random.Next(2) == 0)
                    {
                        goals.RecordProgress(keyResult.Id, start + random.Next(target - start + 20), Between(on, on.PlusDays(300)));
                    }
                }
            }
        }

        private void BuildReviews(PerformanceCycle cycle, Employee employee, DateInterval window)
        {
            var started = Between(Max(window.Start, employee.HireDate), window.End);
            if (random.Next(2) == 0)
            {
                var self = Review.Start(new ReviewId(Next("rev")), cycle, employee.Id, employee.Id, ReviewerRole.Self, started);
                Rate(cycle, self, started);
                _reviews.Add(self);
            }

            if (employee.ManagerId is { } manager && random.Next(4) != 0)
            {
                var review = Review.Start(new ReviewId(Next("rev")), cycle, employee.Id, manager, ReviewerRole.Manager, started);
                Rate(cycle, review, started);
                if (review.Status == ReviewStatus.Submitted)
                {
                    var calibrations = random.Next(3);
                    for (var c = 1; c <= calibrations; c++)
                    {
                        var rating = 1 + random.Next(cycle.Scale.Top);
                        review.Calibrate(rating, _employees[0].Id, rating == review.OverallRating && random.Next(2) == 0 ? null : "Calibrated against peers", review.SubmittedOn!.Value.PlusDays(c));
                    }
                }

                _reviews.Add(review);
            }
        }

        private void Rate(PerformanceCycle cycle, Review review, LocalDate started)
        {
            for (var c = random.Next(3); c > 0; c--)
            {
                review.RateCompetency(new CompetencyId(Pick(["communication", "delivery", "craft"])), 1 + random.Next(cycle.Scale.Top));
            }

            if (random.Next(5) != 0)
            {
                review.RateOverall(1 + random.Next(cycle.Scale.Top));
                if (random.Next(4) != 0)
                {
                    review.Submit(started.PlusDays(random.Next(5)));
                }
            }
        }

        private void BuildFeedback()
        {
            foreach (var employee in _employees)
            {
                var keyResults = _goalSets.SelectMany(s => s.ObjectivesOf(GoalOwner.Individual(employee.Id))).SelectMany(o => o.KeyResults).ToList();
                if (employee.ManagerId is { } manager)
                {
                    for (var i = random.Next(4); i > 0; i--)
                    {
                        var progress = keyResults.Count > 0 && random.Next(2) == 0
                            ? new[] { new KeyResultProgressNote(Pick(keyResults).Id, random.Next(100), random.Next(2) == 0 ? random.Next(11) : null) }
                            : [];
                        _checkIns.Add(CheckIn.Record(new CheckInId(Next("chk")), employee.Id, Between(employee.HireDate, ReferenceDate), [manager], progress, random.Next(2) == 0 ? "Talked about progress" : null));
                    }
                }

                for (var i = random.Next(3); i > 0; i--)
                {
                    var from = Pick(_employees);
                    var date = Between(Max(employee.HireDate, from.HireDate), ReferenceDate);
                    var direction = from.Id == employee.Id ? FeedbackDirection.Self
                        : Above(from.Id, employee, date) ? FeedbackDirection.Downward
                        : Above(employee.Id, from, date) ? FeedbackDirection.Upward
                        : FeedbackDirection.Peer;
                    _notes.Add(FeedbackNote.Give(new FeedbackNoteId(Next("fb")), from.Id, employee.Id, direction, date, "Thoughtful feedback"));
                }
            }
        }

        private void BuildConsequences()
        {
            foreach (var employee in _employees.Where(_ => random.Next(3) == 0))
            {
                var created = Between(employee.HireDate, ReferenceDate);
                var plan = DevelopmentPlan.Create(new DevelopmentPlanId(Next("dp")), employee.Id, _cycles.Count > 0 && random.Next(2) == 0 ? Pick(_cycles).Id : null, created);
                for (var a = 1 + random.Next(3); a > 0; a--)
                {
                    var action = plan.AddAction(new DevelopmentActionId(Next("act")), (DevelopmentActionKind)random.Next(4), "Grow a skill", created.PlusDays(random.Next(200)), new CompetencyId("craft"), null, created);
                    switch (random.Next(4))
                    {
                        case 1:
                            plan.StartAction(action.Id, created);
                            break;
                        case 2:
                            plan.CompleteAction(action.Id, created.PlusDays(random.Next(100)));
                            break;
                        case 3:
                            plan.CancelAction(action.Id, created.PlusDays(random.Next(100)));
                            break;
                    }
                }

                if (random.Next(4) == 0)
                {
                    plan.Cancel(created.PlusDays(120));
                }

                _plans.Add(plan);
            }

            foreach (var employee in _employees.Skip(1).Where(_ => random.Next(4) == 0))
            {
                _recognitions.Add(Recognition.Grant(new RecognitionId(Next("rec")), employee.Id, (RecognitionKind)random.Next(3), _cycles.Count > 0 && random.Next(2) == 0 ? Pick(_cycles).Id : null, _employees[0].Id, Between(employee.HireDate, ReferenceDate), "Great work"));
            }

            foreach (var employee in _employees.Where(_ => random.Next(6) == 0))
            {
                var start = Between(employee.HireDate, ReferenceDate);
                var plan = ImprovementPlan.Start(new ImprovementPlanId(Next("pip")), employee.Id, start, Period.FromDays(Pick([30, 60, 90])), "Meet the agreed expectations");
                if (random.Next(2) == 0)
                {
                    plan.HoldCheckpoint(plan.Checkpoints[0].DueOn, plan.Checkpoints[0].DueOn, "On track");
                }

                var decider = employee.ManagerId ?? _employees[0].Id;
                switch (random.Next(4))
                {
                    case 1:
                        plan.Extend(Period.FromDays(30), decider, plan.EndsOn);
                        break;
                    case 2:
                        plan.Conclude(ImprovementPlanOutcome.Successful, decider, plan.EndsOn);
                        break;
                    case 3:
                        plan.Extend(Period.FromWeeks(2), decider, plan.EndsOn);
                        plan.Conclude(ImprovementPlanOutcome.Unsuccessful, decider, plan.EndsOn);
                        break;
                }

                _improvementPlans.Add(plan);
            }
        }

        private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

        private bool Above(EmployeeId manager, Employee report, LocalDate on)
        {
            var seen = new HashSet<EmployeeId> { report.Id };
            for (var cursor = report.ManagerOn(on); cursor is { } c && seen.Add(c); cursor = _employees.First(e => e.Id == c).ManagerOn(on))
            {
                if (c == manager)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
