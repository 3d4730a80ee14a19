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
/// Picks changes a host might make to a snapshot's aggregates — many valid, many not: new or
/// replaced aggregates naming unknown people or dates before a hire, notes across or outside a
/// reporting line, in-place domain operations (leave, calibration, manager changes that may close a
/// cycle, goal progress…). Domain operations the aggregate itself refuses are simply skipped.
/// </summary>
internal sealed class RandomChanges(Random random, OrganizationSnapshot snapshot)
{
    private static readonly LocalDate Latest = RandomOrganization.ReferenceDate.PlusDays(30);
    private int _next;

    public List<AggregateRoot> Pick(int count)
    {
        var changes = new List<AggregateRoot>();
        for (var attempts = 0; changes.Count < count && attempts < count * 20; attempts++)
        {
            try
            {
                if (One() is { } change)
                {
                    changes.Add(change);
                }
            }
            catch (Exception e) when (e is DomainRuleViolationException or ArgumentException or KeyNotFoundException)
            {
                // The aggregate refused the operation; a host would not get here either.
            }
        }

        return changes;
    }

    private AggregateRoot? One() => random.Next(24) switch
    {
        22 or 23 => RehireJustAfterTheFirstRecord(),
        0 or 1 => NewCheckIn(),
        2 => ReplacedCheckIn(),
        3 or 4 => NewNote(),
        5 => Calibration(),
        6 => NewReview(),
        7 => StatusChange(),
        8 or 9 => ManagerChange(),
        10 => UnitOrRoleChange(),
        11 => Hire(),
        12 => Rehire(),
        13 => GoalProgress(),
        14 => NewObjective(),
        15 => ReplacedGoalSet(),
        16 => AdvancedRecord(),
        17 => NewRecord(),
        18 => NewDevelopmentPlan(),
        19 => NewRecognition(),
        20 => NewImprovementPlan(),
        _ => ExtendedImprovementPlan(),
    };

    private string Next(string prefix) => $"{prefix}-x{++_next}-{random.Next(1000)}";

    private T Choose<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private Employee AnyEmployee() => Choose(snapshot.Employees);

    // Mostly someone on file; now and then someone nobody hired.
    private EmployeeId SomeoneId() => random.Next(8) == 0 ? new EmployeeId(Next("ghost")) : AnyEmployee().Id;

    private LocalDate DateAround(LocalDate hire) => hire.PlusDays(random.Next(-40, Math.Max(1, Period.DaysBetween(hire, Latest))));

    private LocalDate DateIn(PerformanceCycle cycle) => cycle.Period.Start.PlusDays(random.Next(-20, cycle.Period.Length + 20));

    private List<KeyResult> KeyResults() => [.. snapshot.GoalSets.SelectMany(s => s.Objectives).SelectMany(o => o.KeyResults)];

    private CheckIn NewCheckIn()
    {
        var employee = random.Next(10) == 0 ? null : AnyEmployee();
        var keyResults = KeyResults();
        var progress = random.Next(3) switch
        {
            0 when keyResults.Count > 0 => [new KeyResultProgressNote(Choose(keyResults).Id, random.Next(100), null)],
            1 => [new KeyResultProgressNote(new KeyResultId(Next("kr-ghost")), 1, null)],
            _ => Array.Empty<KeyResultProgressNote>(),
        };
        return CheckIn.Record(
            new CheckInId(Next("chk")),
            employee?.Id ?? new EmployeeId(Next("ghost")),
            DateAround(employee?.HireDate ?? RandomOrganization.ReferenceDate),
            [SomeoneId()],
            random.Next(2) == 0 ? progress : null);
    }

    private CheckIn? ReplacedCheckIn()
    {
        if (snapshot.CheckIns.Count == 0)
        {
            return null;
        }

        var employee = AnyEmployee();
        return CheckIn.Record(Choose(snapshot.CheckIns).Id, employee.Id, DateAround(employee.HireDate), [SomeoneId()]);
    }

    private FeedbackNote NewNote()
    {
        var from = AnyEmployee();
        var about = random.Next(6) == 0 ? from : AnyEmployee();
        var date = DateAround(from.HireDate > about.HireDate ? from.HireDate : about.HireDate);
        var direction = from.Id == about.Id ? FeedbackDirection.Self : (FeedbackDirection)random.Next(3);
        return FeedbackNote.Give(new FeedbackNoteId(Next("fb")), from.Id, random.Next(15) == 0 ? new EmployeeId(Next("ghost")) : about.Id, direction, date, "Feedback");
    }

    private Review? Calibration()
    {
        var submitted = snapshot.Reviews.Where(r => r.Status == ReviewStatus.Submitted).ToList();
        if (submitted.Count == 0)
        {
            return null;
        }

        var review = Choose(submitted);
        var on = (review.Calibrations.Count > 0 ? review.Calibrations[^1].CalibratedOn : review.SubmittedOn!.Value).PlusDays(random.Next(1, 20));
        review.Calibrate(1 + random.Next(review.Scale.Top), SomeoneId(), "Calibrated", on);
        return review;
    }

    private Review? NewReview()
    {
        if (snapshot.Cycles.Count == 0)
        {
            return null;
        }

        var cycle = Choose(snapshot.Cycles);
        var employee = random.Next(10) == 0 ? null : AnyEmployee();
        var reviewed = employee?.Id ?? new EmployeeId(Next("ghost"));
        var started = employee is null ? cycle.Period.Start : Max(employee.HireDate.PlusDays(random.Next(-30, 30)), cycle.Period.Start);
        if (!cycle.Period.Contains(started))
        {
            started = cycle.Period.End;
        }

        return Review.Start(new ReviewId(Next("rev")), cycle, reviewed, SomeoneId(), random.Next(2) == 0 ? ReviewerRole.Self : ReviewerRole.Manager, started);
    }

    private Employee StatusChange()
    {
        var employee = AnyEmployee();
        var on = employee.LatestChangeOn.PlusDays(random.Next(0, 30));
        switch (employee.Status)
        {
            case EmploymentStatus.OnLeave:
                employee.ReturnFromLeave(on);
                break;
            case EmploymentStatus.Probation:
                employee.CompleteProbation(on);
                break;
            default:
                if (random.Next(2) == 0)
                {
                    employee.StartLeave(on);
                }
                else
                {
                    employee.Terminate(on);
                }

                break;
        }

        return employee;
    }

    private Employee ManagerChange()
    {
        var employee = AnyEmployee();
        EmployeeId? manager = random.Next(10) switch
        {
            0 => null,
            1 => new EmployeeId(Next("ghost")),
            // Someone below them: a manager cycle, unless the line changed on the way.
            2 or 3 => Below(employee) ?? AnyEmployee().Id,
            _ => AnyEmployee().Id,
        };
        employee.AssignManager(manager, employee.LatestChangeOn.PlusDays(random.Next(0, 60)));
        return employee;
    }

    private Employee UnitOrRoleChange()
    {
        var employee = AnyEmployee();
        var on = employee.LatestChangeOn.PlusDays(random.Next(0, 30));
        if (random.Next(2) == 0)
        {
            employee.ChangeRole("Lead", employee.Level + 1, on);
        }
        else
        {
            employee.MoveToOrgUnit(random.Next(5) == 0 ? new OrgUnitId(Next("unit-ghost")) : Choose(snapshot.OrgUnits).Id, on);
        }

        return employee;
    }

    private Employee Hire()
    {
        EmployeeId? manager = random.Next(5) == 0 ? null : SomeoneId();
        return Employee.Hire(new EmployeeId(Next("emp")), "New hire", RandomOrganization.ReferenceDate.PlusDays(random.Next(-2000, 10)), "Engineer", 1, Choose(snapshot.OrgUnits).Id, manager, onProbation: false);
    }

    // Another object with an employee's id: a different hire date and manager, so anything dated
    // between the two hire dates, and feedback through the old reporting line, may stop fitting.
    private Employee Rehire()
    {
        var employee = AnyEmployee();
        EmployeeId? manager = random.Next(4) == 0 ? employee.ManagerId : random.Next(5) == 0 ? null : AnyEmployee().Id;
        if (manager == employee.Id)
        {
            manager = null;
        }

        return Employee.Hire(employee.Id, employee.Name, employee.HireDate.PlusDays(random.Next(-200, 400)), employee.Role, employee.Level, employee.OrgUnitId, manager, onProbation: false);
    }

    // Another object hired the day after the earliest thing on file about the employee: exactly
    // that thing (of whichever kind) stops fitting.
    private Employee? RehireJustAfterTheFirstRecord()
    {
        var employee = AnyEmployee();
        var id = employee.Id;
        var dates = snapshot.CycleRecords.Where(r => r.EmployeeId == id).Select(r => r.History[0].EnteredOn)
            .Concat(snapshot.CheckIns.Where(c => c.EmployeeId == id).Select(c => c.Date))
            .Concat(snapshot.FeedbackNotes.Where(n => n.FromId == id || n.AboutId == id).Select(n => n.Date))
            .Concat(snapshot.Reviews.Where(r => r.EmployeeId == id).Select(r => r.StartedOn))
            .Concat(snapshot.DevelopmentPlans.Where(p => p.EmployeeId == id).Select(p => p.CreatedOn))
            .Concat(snapshot.Recognitions.Where(r => r.EmployeeId == id).Select(r => r.GrantedOn))
            .Concat(snapshot.ImprovementPlans.Where(p => p.EmployeeId == id).Select(p => p.StartOn))
            .ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        return Employee.Hire(id, employee.Name, dates.Min().PlusDays(1), employee.Role, employee.Level, employee.OrgUnitId, employee.ManagerId, onProbation: false);
    }

    private GoalSet? GoalProgress()
    {
        var withKeyResults = snapshot.GoalSets.Where(s => s.Objectives.Any(o => o.KeyResults.Count > 0)).ToList();
        if (withKeyResults.Count == 0)
        {
            return null;
        }

        var set = Choose(withKeyResults);
        var keyResult = Choose(set.Objectives.SelectMany(o => o.KeyResults).ToList());
        set.RecordProgress(keyResult.Id, keyResult.Current + 1, (keyResult.LastUpdatedOn ?? RandomOrganization.ReferenceDate).PlusDays(random.Next(0, 10)));
        return set;
    }

    // An objective for someone whose weights are still open; past goal setting it breaks their
    // 100%. Now and then it reuses an id another cycle's set holds.
    private GoalSet? NewObjective()
    {
        if (snapshot.GoalSets.Count == 0)
        {
            return null;
        }

        var set = Choose(snapshot.GoalSets);
        var owner = random.Next(4) == 0 ? GoalOwner.Individual(SomeoneId()) : Choose(set.Objectives).Owner;
        var others = snapshot.GoalSets.Where(s => s != set).SelectMany(s => s.Objectives).ToList();
        var id = others.Count > 0 && random.Next(4) == 0 ? Choose(others).Id : new ObjectiveId(Next("obj"));
        var room = 100 - set.WeightTotal(owner);
        var objective = set.AddObjective(id, owner, "More", Math.Min(room, random.Next(0, 30)), null, RandomOrganization.ReferenceDate);
        if (random.Next(2) == 0)
        {
            var otherKeyResults = snapshot.GoalSets.Where(s => s != set).SelectMany(s => s.Objectives).SelectMany(o => o.KeyResults).ToList();
            var keyResultId = otherKeyResults.Count > 0 && random.Next(4) == 0 ? Choose(otherKeyResults).Id : new KeyResultId(Next("kr"));
            set.AddKeyResult(objective.Id, keyResultId, "Metric", 0, 10, "%", RandomOrganization.ReferenceDate);
        }

        return set;
    }

    // A new object for a cycle's goals: empty, a copy of some objectives (losing the others), or a
    // set for a cycle the snapshot does not have.
    private GoalSet? ReplacedGoalSet()
    {
        if (snapshot.GoalSets.Count == 0 || random.Next(4) == 0)
        {
            var set = new GoalSet(random.Next(2) == 0 || snapshot.Cycles.Count == 0 ? new CycleId(Next("cycle-ghost")) : Choose(snapshot.Cycles).Id);
            if (random.Next(3) != 0)
            {
                set.AddObjective(new ObjectiveId(Next("obj")), GoalOwner.Organization, "All", 100, null, RandomOrganization.ReferenceDate);
            }

            return set;
        }

        var old = Choose(snapshot.GoalSets);
        var copy = new GoalSet(old.CycleId);
        var keep = random.Next(2) == 0 ? old.Objectives.Count : random.Next(old.Objectives.Count);
        foreach (var objective in old.Objectives.Take(keep))
        {
            copy.AddObjective(objective.Id, objective.Owner, objective.Title, objective.Weight, objective.ParentId is { } p && copy.Find(p) is not null ? p : null, RandomOrganization.ReferenceDate);
            foreach (var keyResult in objective.KeyResults)
            {
                copy.AddKeyResult(objective.Id, keyResult.Id, keyResult.Description, keyResult.Start, keyResult.Target, keyResult.Unit, RandomOrganization.ReferenceDate);
            }
        }

        return copy;
    }

    private CycleRecord? AdvancedRecord()
    {
        var open = snapshot.CycleRecords.Where(r => r.Stage != LifecycleStage.Consequences).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var record = Choose(open);
        record.Advance(record.History[^1].EnteredOn.PlusDays(random.Next(0, 40)));
        return record;
    }

    private CycleRecord? NewRecord()
    {
        if (snapshot.Cycles.Count == 0)
        {
            return null;
        }

        var cycle = Choose(snapshot.Cycles);
        var employee = AnyEmployee();
        var record = CycleRecord.Open(random.Next(10) == 0 ? new CycleId(Next("cycle-ghost")) : cycle.Id, random.Next(10) == 0 ? new EmployeeId(Next("ghost")) : employee.Id, DateIn(cycle));
        if (random.Next(2) == 0)
        {
            record.Advance(record.History[0].EnteredOn.PlusDays(random.Next(0, 30)));
        }

        return record;
    }

    private DevelopmentPlan NewDevelopmentPlan()
    {
        var employee = AnyEmployee();
        CycleId? cycle = random.Next(3) switch
        {
            0 => null,
            1 => new CycleId(Next("cycle-ghost")),
            _ => snapshot.Cycles.Count > 0 ? Choose(snapshot.Cycles).Id : null,
        };
        var created = DateAround(employee.HireDate);
        var plan = DevelopmentPlan.Create(new DevelopmentPlanId(Next("dp")), employee.Id, cycle, created);
        var objectives = snapshot.GoalSets.SelectMany(s => s.Objectives).ToList();
        ObjectiveId? objective = random.Next(3) switch
        {
            0 => null,
            1 => new ObjectiveId(Next("obj-ghost")),
            _ => objectives.Count > 0 ? Choose(objectives).Id : null,
        };
        plan.AddAction(new DevelopmentActionId(Next("act")), DevelopmentActionKind.Training, "Learn", created.PlusDays(30), null, objective, created);
        return plan;
    }

    private Recognition NewRecognition()
    {
        var employee = AnyEmployee();
        CycleId? cycle = random.Next(6) == 0 ? new CycleId(Next("cycle-ghost")) : null;
        return Recognition.Grant(new RecognitionId(Next("rec")), random.Next(10) == 0 ? new EmployeeId(Next("ghost")) : employee.Id, (RecognitionKind)random.Next(3), cycle, SomeoneId(), DateAround(employee.HireDate), "Thanks");
    }

    private ImprovementPlan NewImprovementPlan()
    {
        var employee = AnyEmployee();
        return ImprovementPlan.Start(new ImprovementPlanId(Next("pip")), employee.Id, DateAround(employee.HireDate), Period.FromDays(60), "Improve");
    }

    private ImprovementPlan? ExtendedImprovementPlan()
    {
        var open = snapshot.ImprovementPlans.Where(p => p.Outcome is null).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var plan = Choose(open);
        plan.Extend(Period.FromDays(14), SomeoneId(), plan.EndsOn);
        return plan;
    }

    private EmployeeId? Below(Employee employee)
    {
        var below = snapshot.Employees.Where(e => e.ManagerId == employee.Id).ToList();
        for (var depth = random.Next(3); depth > 0 && below.Count > 0; depth--)
        {
            var next = snapshot.Employees.Where(e => e.ManagerId is { } m && below.Any(b => b.Id == m)).ToList();
            if (next.Count == 0)
            {
                break;
            }

            below = next;
        }

        return below.Count > 0 ? Choose(below).Id : null;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
