using FsCheck.Xunit;
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
/// <see cref="OrganizationSnapshot.With(AggregateRoot[])"/> against its specification: the
/// constructor over the same lists, with the changed aggregates upserted the way a partition does.
/// </summary>
public sealed class SnapshotWithPropertyTests
{
    [Property(MaxTest = 1000)]
    public void With_RandomChanges_AgreesWithTheConstructor(int organisationSeed, int changeSeed)
    {
        var snapshot = RandomOrganization.Build(organisationSeed, 1 + Math.Abs(organisationSeed % 25));
        var random = new Random(changeSeed);

        // Several updates in a row, so that indexes carried from one update to the next are exercised too.
        for (var step = 0; step < 3; step++)
        {
            var changes = new RandomChanges(random, snapshot).Pick(1 + random.Next(3));
            var outcome = Compare(snapshot, changes);
            if (outcome is null)
            {
                // Invalid: the in-place changes stay in the objects, so nothing valid follows from here.
                return;
            }

            snapshot = outcome;
        }
    }

    [Fact]
    public void RandomChanges_AreBothValidAndInvalid_InFairShares()
    {
        var (valid, invalid) = (0, 0);
        for (var seed = 0; seed < 300; seed++)
        {
            var snapshot = RandomOrganization.Build(seed, 1 + (seed % 25));
            var changes = new RandomChanges(new Random(seed), snapshot).Pick(1 + (seed % 3));
            if (Compare(snapshot, changes) is null)
            {
                invalid++;
            }
            else
            {
                valid++;
            }
        }

        Assert.InRange(valid, 60, 300);
        Assert.InRange(invalid, 60, 300);
    }

    /// <summary>Applies changes both ways and asserts they agree; returns the updated snapshot, or null when both refused it.</summary>
    internal static OrganizationSnapshot? Compare(OrganizationSnapshot snapshot, IReadOnlyList<AggregateRoot> changes)
    {
        var before = Lists(snapshot);
        var expected = Catch(() => Constructor(snapshot, changes));
        var actual = Catch(() => snapshot.With(changes));

        // The original keeps its lists (the objects the host changed in place are the host's doing).
        Assert.Equal(before, Lists(snapshot));
        if (expected.Error is { } error)
        {
            Assert.NotNull(actual.Error);
            Assert.Equal(error.Message, actual.Error.Message);
            return null;
        }

        Assert.Null(actual.Error);
        AssertSame(expected.Snapshot!, actual.Snapshot!);
        return actual.Snapshot;
    }

    internal static void AssertSame(OrganizationSnapshot expected, OrganizationSnapshot actual)
    {
        Assert.Equal(SnapshotWriter.Write(expected, indented: false), SnapshotWriter.Write(actual, indented: false));
        Assert.Equal(Lists(expected), Lists(actual));
        var ghost = new EmployeeId("nobody-at-all");
        foreach (var id in expected.Employees.Select(e => e.Id).Append(ghost))
        {
            Assert.Same(expected.FindEmployee(id), actual.FindEmployee(id));
            Assert.Equal(expected.DirectReportsOf(id), actual.DirectReportsOf(id), ReferenceEqualityComparer.Instance);
        }

        foreach (var employee in expected.Employees)
        {
            Assert.Same(expected.Employee(employee.Id), actual.Employee(employee.Id));
        }

        foreach (var id in expected.Cycles.Select(c => c.Id).Append(new CycleId("no-such-cycle")))
        {
            Assert.Same(expected.GoalSetOf(id), actual.GoalSetOf(id));
        }

        foreach (var cycle in expected.Cycles)
        {
            Assert.Same(expected.Cycle(cycle.Id), actual.Cycle(cycle.Id));
        }
    }

    /// <summary>The specification: the partition's upsert, then the constructor.</summary>
    internal static OrganizationSnapshot Constructor(OrganizationSnapshot s, IEnumerable<AggregateRoot> changes)
    {
        var employees = s.Employees.ToList();
        var records = s.CycleRecords.ToList();
        var goalSets = s.GoalSets.ToList();
        var checkIns = s.CheckIns.ToList();
        var notes = s.FeedbackNotes.ToList();
        var reviews = s.Reviews.ToList();
        var developmentPlans = s.DevelopmentPlans.ToList();
        var recognitions = s.Recognitions.ToList();
        var improvementPlans = s.ImprovementPlans.ToList();
        foreach (var aggregate in changes)
        {
            switch (aggregate)
            {
                case Employee employee:
                    Upsert(employees, employee, e => e.Id == employee.Id);
                    break;
                case CycleRecord record:
                    Upsert(records, record, r => r.CycleId == record.CycleId && r.EmployeeId == record.EmployeeId);
                    break;
                case GoalSet set:
                    Upsert(goalSets, set, g => g.CycleId == set.CycleId);
                    break;
                case CheckIn checkIn:
                    Upsert(checkIns, checkIn, c => c.Id == checkIn.Id);
                    break;
                case FeedbackNote note:
                    Upsert(notes, note, n => n.Id == note.Id);
                    break;
                case Review review:
                    Upsert(reviews, review, r => r.Id == review.Id);
                    break;
                case DevelopmentPlan plan:
                    Upsert(developmentPlans, plan, p => p.Id == plan.Id);
                    break;
                case Recognition recognition:
                    Upsert(recognitions, recognition, r => r.Id == recognition.Id);
                    break;
                case ImprovementPlan plan:
                    Upsert(improvementPlans, plan, p => p.Id == plan.Id);
                    break;
                default:
                    throw new ArgumentException($"A snapshot holds no {aggregate?.GetType().Name ?? "null"}.", nameof(changes));
            }
        }

        return new OrganizationSnapshot(
            s.OrganizationName, employees, s.Cycles, s.ReferenceDate, s.OrgUnits, records, goalSets, checkIns, notes, reviews, developmentPlans, recognitions, improvementPlans);
    }

    private static void Upsert<T>(List<T> items, T item, Predicate<T> sameId)
    {
        var index = items.FindIndex(sameId);
        if (index < 0)
        {
            items.Add(item);
        }
        else
        {
            items[index] = item;
        }
    }

    private static List<object> Lists(OrganizationSnapshot s) =>
    [
        .. s.OrgUnits, .. s.Employees, .. s.Cycles, .. s.CycleRecords, .. s.GoalSets, .. s.CheckIns, .. s.FeedbackNotes,
        .. s.Reviews, .. s.DevelopmentPlans, .. s.Recognitions, .. s.ImprovementPlans,
        s.OrgUnits.Count, s.Employees.Count, s.CycleRecords.Count, s.GoalSets.Count, s.CheckIns.Count, s.FeedbackNotes.Count,
        s.Reviews.Count, s.DevelopmentPlans.Count, s.Recognitions.Count, s.ImprovementPlans.Count,
    ];

    private static (OrganizationSnapshot? Snapshot, InvalidSnapshotException? Error) Catch(Func<OrganizationSnapshot> build)
    {
        try
        {
            return (build(), null);
        }
        catch (InvalidSnapshotException e)
        {
            return (null, e);
        }
    }
}
