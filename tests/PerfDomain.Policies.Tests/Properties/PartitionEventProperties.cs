using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.Tests.Snapshots;

namespace PerfDomain.Policies.Tests.Properties;

/// <summary>
/// A partition fed the aggregates a host changed (one event at a time, through the domain's own methods) re-projects only
/// what they touch, and must still agree with a batch evaluation of the same snapshot after every step.
/// </summary>
public sealed class PartitionEventProperties
{
    private static readonly PolicyEngine Engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();

    public static Arbitrary<EventCase> Cases()
    {
        var step = from kind in Gen.Choose(0, 10)
                   from pick in Gen.Choose(0, 1000)
                   from days in Gen.Choose(0, 60)
                   select new PartitionEvent(kind, pick, days);
        var gen = from seed in Gen.Choose(0, int.MaxValue - 1)
                  from size in Gen.Choose(2, 10)
                  from offset in Gen.Choose(-300, 30)
                  from steps in Gen.Choose(1, 5).SelectMany(k => Gen.ArrayOf(step, k))
                  select new EventCase(seed, size, offset, steps);
        return Arb.From(gen, Shrink);

        static IEnumerable<EventCase> Shrink(EventCase value)
        {
            for (var i = 0; i < value.Steps.Length && value.Steps.Length > 1; i++)
            {
                yield return value with { Steps = value.Steps.Where((_, j) => j != i).ToArray() };
            }

            if (value.Size > 2)
            {
                yield return value with { Size = value.Size - 1 };
            }
        }
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(PartitionEventProperties)])]
    public void Apply_AnySequenceOfEvents_AgreesWithABatchEvaluationAfterEveryStep(EventCase @case)
    {
        var snapshot = RandomOrganization.Build(@case.Seed, @case.Size);
        var partition = Engine.CreatePartition(snapshot, RandomOrganization.ReferenceDate.PlusDays(@case.AsOfOffset));
        foreach (var step in @case.Steps)
        {
            var before = partition.Decisions;
            DecisionChanges changes;
            try
            {
                changes = Perform(partition, step);
            }
            catch (Exception ex) when (ex is DomainRuleViolationException or InvalidSnapshotException)
            {
                // The event is not possible in this organisation on this date (and, for an invalid snapshot, the host
                // would not persist the aggregate it changed): the scenario ends here.
                return;
            }

            var batch = Engine.Evaluate(partition.Snapshot, partition.AsOf).Decisions;
            Assert.Equal(batch, partition.Decisions);
            AssertChangesAddUp(before, changes, batch, step);
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(PolicyArbitraries)])]
    public void GroupProjection_EveryGroup_ProjectsExactlyTheBatchFacts(OrganizationCase org)
    {
        var snapshot = org.Build();
        var parameters = PolicyParameters.Default;

        var groups = new GroupProjection(snapshot, org.AsOf, parameters, []);
        var grouped = groups.Groups().SelectMany(groups.Project).ToList();
        var batch = FactProjection.Project(snapshot, org.AsOf, parameters);

        Assert.Equal(batch.Count, grouped.Count);
        Assert.Equal(Counted(batch), Counted(grouped));
    }

    private static Dictionary<object, int> Counted(IEnumerable<object> facts) =>
        facts.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());

    private static DecisionChanges Perform(PolicyPartition partition, PartitionEvent step)
    {
        var snapshot = partition.Snapshot;
        var asOf = partition.AsOf;
        var employee = snapshot.Employees[step.Pick % snapshot.Employees.Count];
        var employed = employee.HireDate <= asOf && employee.StatusOn(asOf) is not (null or EmploymentStatus.Terminated);
        var changesNow = asOf >= employee.LatestChangeOn;
        switch (step.Kind)
        {
            case 0:
                return partition.AdvanceTo(asOf.PlusDays(step.Days - 20));
            case 1 when employed && employee.ManagerOn(asOf) is { } manager:
                return partition.Apply(CheckIn.Record(new CheckInId($"ev-ci-{step}-{snapshot.CheckIns.Count}"), employee.Id, asOf, [manager]));
            case 2 when employed && employee.ManagerOn(asOf) is { } giver && snapshot.Employee(giver).HireDate <= asOf:
                return partition.Apply(FeedbackNote.Give(new FeedbackNoteId($"ev-fb-{step}-{snapshot.FeedbackNotes.Count}"), giver, employee.Id, FeedbackDirection.Downward, asOf, "Specific feedback"));
            case 3 when changesNow && employee.Status is EmploymentStatus.Active or EmploymentStatus.Probation:
                employee.StartLeave(asOf);
                return partition.Apply(employee);
            case 3 when changesNow && employee.Status == EmploymentStatus.OnLeave:
                employee.ReturnFromLeave(asOf);
                return partition.Apply(employee);
            case 4 when snapshot.Reviews.FirstOrDefault(r => r.Role == ReviewerRole.Manager && r.SubmittedOn is { } s && s <= asOf && (r.Calibrations.Count == 0 || r.Calibrations[^1].CalibratedOn <= asOf)) is { } review:
                review.Calibrate(Math.Clamp(review.OverallRating!.Value + (step.Days % 3) - 1, 1, review.Scale.Top), snapshot.Employees[0].Id, "Calibrated by a property test", asOf);
                return partition.Apply(review);
            case 5 when changesNow && employed && NewManagerFor(snapshot, employee, step.Days) is { } manager:
                employee.AssignManager(manager, asOf);
                return partition.Apply(employee);
            case 6 when changesNow && employee.RoleOn(asOf) is { } role:
                employee.ChangeRole(role.Role, Math.Min(role.Level + 1, 100), asOf);
                return partition.Apply(employee);
            case 7 when changesNow && employee.Status != EmploymentStatus.Terminated && !HasAnythingAfter(snapshot, employee.Id, asOf):
                employee.Terminate(asOf);
                return partition.Apply(employee);
            case 8:
                var hire = Employee.Hire(new EmployeeId($"ev-hire-{step}-{snapshot.Employees.Count}"), "New Hire", asOf.PlusDays(-(step.Days % 5)), "Engineer", 3, employee.OrgUnitId, employed ? employee.Id : null, onProbation: true);
                return partition.Apply(hire);
            case 9 when snapshot.GoalSets.SelectMany(g => g.Objectives.SelectMany(o => o.KeyResults).Select(k => (Set: g, KeyResult: k))).FirstOrDefault(p => p.KeyResult.LastUpdatedOn is not { } last || last <= asOf) is { Set: not null } pick:
                pick.Set.RecordProgress(pick.KeyResult.Id, pick.KeyResult.Current + 1, asOf);
                return partition.Apply(pick.Set);
            case 10 when changesNow && employed && snapshot.OrgUnits.FirstOrDefault(u => u.Id != employee.OrgUnitId) is { } unit:
                employee.MoveToOrgUnit(unit.Id, asOf);
                return partition.Apply(employee);
            default:
                return partition.Apply([]);
        }
    }

    // Another employed person outside the employee's own reporting subtree, so the lines stay a forest.
    private static EmployeeId? NewManagerFor(OrganizationSnapshot snapshot, Employee employee, int pick)
    {
        var candidates = snapshot.Employees
            .Where(e => e.Id != employee.Id && e.Id != employee.ManagerId && e.Status != EmploymentStatus.Terminated && !ReportsTo(snapshot, e, employee.Id))
            .ToList();
        return candidates.Count == 0 ? null : candidates[pick % candidates.Count].Id;
    }

    private static bool ReportsTo(OrganizationSnapshot snapshot, Employee employee, EmployeeId manager)
    {
        for (var cursor = employee.ManagerId; cursor is { } c; cursor = snapshot.Employee(c).ManagerId)
        {
            if (c == manager)
            {
                return true;
            }
        }

        return false;
    }

    // Terminating someone with check-ins, reviews or notes dated later would make the snapshot inconsistent.
    private static bool HasAnythingAfter(OrganizationSnapshot snapshot, EmployeeId id, LocalDate asOf) =>
        snapshot.CheckIns.Any(c => c.EmployeeId == id && c.Date > asOf)
        || snapshot.FeedbackNotes.Any(n => (n.AboutId == id || n.FromId == id) && n.Date > asOf)
        || snapshot.Reviews.Any(r => r.EmployeeId == id && r.StartedOn > asOf)
        || snapshot.CycleRecords.Any(r => r.EmployeeId == id && r.History[0].EnteredOn > asOf)
        || snapshot.Employees.Any(e => e.ReportingLines.Any(l => l.ManagerId == id && l.EffectiveOn > asOf));

    private static void AssertChangesAddUp(IReadOnlyList<Decision> before, DecisionChanges changes, IReadOnlyList<Decision> after, PartitionEvent step)
    {
        var current = before.ToList();
        foreach (var withdrawn in changes.Withdrawn)
        {
            Assert.True(current.Remove(withdrawn), $"after {step}: withdrawn but not there before: {withdrawn}");
        }

        foreach (var changed in changes.Changed)
        {
            var index = current.FindIndex(d => d.Kind == changed.Kind && d.EmployeeId == changed.EmployeeId && d.CycleId == changed.CycleId && d.Subject == changed.Subject && d.Explanation.Rule == changed.Explanation.Rule);
            Assert.True(index >= 0, $"after {step}: changed but not there before: {changed}");
            current[index] = changed;
        }

        current.AddRange(changes.Added);
        current.Sort(DecisionOrder.Instance);
        // Decisions kept from an earlier day are seen as of the day after the step.
        Assert.Equal(after.Select(Material), current.Select(d => after.Count > 0 ? d.SeenOn(after[0].Explanation.AsOf) : d).Select(Material));
    }

    private static string Material(Decision d) => $"{d.Kind} {d.EmployeeId} {d.CycleId} {d.Subject} {d.Explanation.Rule} {d.DueOn} {d.EscalateTo} {d.RequiresApproval} {d.Explanation.Reason}";
}

/// <summary>A generated organisation (by seed and size), an as-of offset and a sequence of events.</summary>
public sealed record EventCase(int Seed, int Size, int AsOfOffset, PartitionEvent[] Steps)
{
    public override string ToString() => $"RandomOrganization.Build({Seed}, {Size}) as of reference {AsOfOffset:+#;-#;0} days; events: {string.Join("; ", Steps.Select(s => s.ToString()))}";
}

/// <summary>One event a host sends a partition.</summary>
public sealed record PartitionEvent(int Kind, int Pick, int Days)
{
    public override string ToString() => Kind switch
    {
        0 => $"advance {Days - 20} days",
        1 => $"check-in #{Pick}",
        2 => $"feedback #{Pick}",
        3 => $"leave #{Pick}",
        4 => $"calibration {Days % 3 - 1}",
        5 => $"manager change #{Pick}",
        6 => $"promotion #{Pick}",
        7 => $"termination #{Pick}",
        8 => $"hire under #{Pick}",
        9 => "goal progress",
        _ => $"org unit move #{Pick}",
    };
}
