using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Facts;

/// <summary>The days on which a group's projection can change: what lets a partition move to the next day re-projecting only the groups that change.</summary>
internal sealed partial class GroupProjection
{
    /// <summary>
    /// Gets the first day after the as-of date on which the group's facts can differ, or none: every date its aggregates
    /// hold and the day after each (the projection compares dates with the as-of date both ways), and where a window
    /// slides over them, the day each leaves it. Too early is harmless (the group is projected again and found equal).
    /// </summary>
    /// <param name="group">The group.</param>
    /// <returns>The day, or <see langword="null"/> if no date of the group lies ahead.</returns>
    public LocalDate? NextChange(FactGroup group)
    {
        var next = new NextDay(_asOf);
        switch (group.Kind)
        {
            case FactGroupKind.Global:
                foreach (var cycle in _cycles)
                {
                    next.Add(cycle.Period.Start);
                    next.Add(cycle.Period.End);
                    next.Add(DateHorizon.DaysAfter(cycle.Period.End, _parameters.ReviewCadence.ReviewOverdueReportingDays));
                    for (var stage = LifecycleStage.GoalSetting; stage < LifecycleStage.Closed; stage++)
                    {
                        next.Add(cycle.WindowOf(stage).Start);
                        next.Add(cycle.WindowOf(stage).End);
                    }
                }

                break;
            case FactGroupKind.Employee:
                EmployeeDays(group.EmployeeId!.Value, ref next);
                break;
            case FactGroupKind.Manager:
                ManagerDays(group.EmployeeId!.Value, ref next);
                break;
            case FactGroupKind.GoalSet:
                if (_goalSets.TryGetValue(group.CycleId!.Value, out var set))
                {
                    foreach (var keyResult in set.Objectives.SelectMany(o => o.KeyResults))
                    {
                        next.Add(keyResult.LastUpdatedOn);
                    }
                }

                break;
        }

        return next.Day;
    }

    /// <summary>
    /// Moves the projection forward to a later day. Only the groups a partition found due by then (<see cref="NextChange"/>)
    /// can project differently: their employees are indexed again, and what that touches is added to <paramref name="dirty"/>.
    /// </summary>
    /// <param name="asOf">The later day.</param>
    /// <param name="due">The groups due by that day.</param>
    /// <param name="dirty">Where the groups to project again go.</param>
    public void MoveTo(LocalDate asOf, IEnumerable<FactGroup> due, ISet<FactGroup> dirty)
    {
        _asOf = asOf;
        _currentCycleStart = FactProjection.CurrentCycleStart(_cycleFacts, asOf);
        foreach (var group in due)
        {
            dirty.Add(group);
            if (group.Kind == FactGroupKind.Employee && _employees.TryGetValue(group.EmployeeId!.Value, out var employee))
            {
                // A reporting line or status taking effect: the managers' teams and the reports' skip level move with it.
                ReplaceEmployee(employee, dirty);
                TouchEmployeeAndManager(employee.Id, dirty);
            }
        }
    }

    private void EmployeeDays(EmployeeId id, ref NextDay next)
    {
        if (_employees.TryGetValue(id, out var employee))
        {
            next.Add(employee.HireDate);
            foreach (var status in employee.StatusHistory)
            {
                next.Add(status.EffectiveOn);
            }

            foreach (var role in employee.RoleHistory)
            {
                next.Add(role.EffectiveOn);
            }

            foreach (var unit in employee.OrgUnitHistory)
            {
                next.Add(unit.EffectiveOn);
            }

            // The skip-level manager is the manager's manager on the day.
            foreach (var line in employee.ReportingLines)
            {
                next.Add(line.EffectiveOn);
                if (line.ManagerId is { } manager && _employees.TryGetValue(manager, out var m))
                {
                    foreach (var upper in m.ReportingLines)
                    {
                        next.Add(upper.EffectiveOn);
                    }
                }
            }
        }

        foreach (var checkIn in _checkIns.Of(id))
        {
            next.Add(checkIn.Date);
        }

        foreach (var note in _notes.Of(id))
        {
            next.Add(note.Date);
        }

        foreach (var review in _reviews.Of(id))
        {
            next.Add(review.SubmittedOn);
            foreach (var calibration in review.Calibrations)
            {
                next.Add(calibration.CalibratedOn);
            }
        }

        foreach (var record in _records.Of(id))
        {
            foreach (var entry in record.History)
            {
                next.Add(entry.EnteredOn);
            }
        }

        foreach (var plan in _developmentPlans.Of(id))
        {
            next.Add(plan.CreatedOn);
            next.Add(plan.ClosedOn);
            foreach (var action in plan.Actions)
            {
                next.Add(action.ClosedOn);
            }
        }

        foreach (var recognition in _recognitions.Of(id))
        {
            next.Add(recognition.GrantedOn);
        }

        foreach (var plan in _improvementPlans.Of(id))
        {
            next.Add(plan.StartOn);
            next.Add(plan.EndsOn);
            next.Add(plan.StartOn.Plus(plan.Duration));
            foreach (var decision in plan.Decisions)
            {
                next.Add(decision.DecidedOn);
                next.Add(decision.NewEndsOn);
            }
        }

        if (_payAndPotential.CompensationOf(id) is { } pay)
        {
            foreach (var basePay in pay.BasePay)
            {
                next.Add(basePay.EffectiveOn);
            }
        }

        foreach (var assessment in _potentials[id])
        {
            next.Add(assessment.AssessedOn);
            foreach (var calibration in assessment.Calibrations)
            {
                next.Add(calibration.CalibratedOn);
            }
        }
    }

    private void ManagerDays(EmployeeId id, ref NextDay next)
    {
        if (!_employees.TryGetValue(id, out var manager))
        {
            return;
        }

        next.Add(manager.HireDate);

        // Conversations count while in the window: each one enters it on its day and leaves it the window's length later.
        var window = _parameters.DevelopmentTriggers.ManagerConversationWindowDays;
        foreach (var report in _currentReports.GetValueOrDefault(id) ?? [])
        {
            foreach (var checkIn in _checkIns.Of(report))
            {
                next.Add(checkIn.Date);
                next.Add(DateHorizon.DaysAfter(checkIn.Date, window));
            }

            foreach (var note in _notes.Of(report))
            {
                next.Add(note.Date);
                next.Add(DateHorizon.DaysAfter(note.Date, window));
            }
        }
    }

    // The first day after the as-of date among the dates added, or the day after each (a date compared either way).
    private struct NextDay(LocalDate asOf)
    {
        public LocalDate? Day { get; private set; }

        public void Add(LocalDate? date)
        {
            if (date is not { } d)
            {
                return;
            }

            var candidate = d > asOf ? d : d == asOf ? DateHorizon.DaysAfter(d, 1) : null;
            if (candidate is { } c && (Day is not { } day || c < day))
            {
                Day = c;
            }
        }
    }
}
