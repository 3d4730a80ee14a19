using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Snapshots;

/// <summary>
/// The named cases of <see cref="OrganizationSnapshot.With(AggregateRoot[])"/>, each compared with the
/// constructor over the same lists. Alice leads; Bob reports to her, Carol to Bob, Dan to Alice.
/// </summary>
public sealed class SnapshotWithTests
{
    private static readonly OrgUnitId Unit = new("u-all");
    private readonly Employee _alice = Employee.Hire(Alice, "Alice", D(2020, 1, 1), "CEO", 9, Unit, null, onProbation: false);
    private readonly Employee _bob = Employee.Hire(Bob, "Bob", D(2021, 1, 1), "Lead", 6, Unit, Alice, onProbation: false);
    private readonly Employee _carol = Employee.Hire(Carol, "Carol", D(2022, 1, 1), "Engineer", 4, Unit, Bob, onProbation: false);
    private readonly Employee _dan = Employee.Hire(Dan, "Dan", D(2023, 1, 1), "Engineer", 4, Unit, Alice, onProbation: false);
    private readonly PerformanceCycle _cycle = Cycle();
    private readonly CycleRecord _carolsRecord = CycleRecord.Open(Cycle2026, Carol, D(2026, 1, 1));
    private readonly GoalSet _goals = new(Cycle2026);
    private readonly Review _carolsReview;
    private readonly Review _dansSelfReview;
    private readonly OrganizationSnapshot _snapshot;

    public SnapshotWithTests()
    {
        _goals.AddObjective(new ObjectiveId("o-carol-1"), GoalOwner.Individual(Carol), "Ship", 80, null, D(2026, 1, 5));
        _goals.AddKeyResult(new ObjectiveId("o-carol-1"), new KeyResultId("kr-carol-1"), "Releases", 0, 10, "releases", D(2026, 1, 5));
        _carolsReview = Review.Start(new ReviewId("r-carol"), _cycle, Carol, Bob, ReviewerRole.Manager, D(2026, 11, 2));
        _carolsReview.RateOverall(3);
        _carolsReview.Submit(D(2026, 11, 3));
        _dansSelfReview = Review.Start(new ReviewId("r-dan"), _cycle, Dan, Dan, ReviewerRole.Self, D(2026, 11, 5));
        _snapshot = new OrganizationSnapshot(
            "Example",
            [_alice, _bob, _carol, _dan],
            [_cycle],
            orgUnits: [new OrgUnit(Unit, "All")],
            cycleRecords: [_carolsRecord],
            goalSets: [_goals],
            checkIns: [CheckIn.Record(new CheckInId("c-1"), Carol, D(2026, 2, 1), [Bob], [new KeyResultProgressNote(new KeyResultId("kr-carol-1"), 2, null)])],
            feedbackNotes: [FeedbackNote.Give(new FeedbackNoteId("n-1"), Alice, Carol, FeedbackDirection.Downward, D(2026, 3, 1), "Well done")],
            reviews: [_carolsReview, _dansSelfReview]);
    }

    [Fact]
    public void With_NewCheckIn_AppendsItAndLeavesTheOriginalAsItWas()
    {
        var checkIn = CheckIn.Record(new CheckInId("c-2"), Dan, D(2026, 4, 1), [Alice]);

        var updated = Agree(checkIn);

        Assert.Same(checkIn, updated!.CheckIns[^1]);
        Assert.Single(_snapshot.CheckIns);
        Assert.Equal(2, updated.CheckIns.Count);
    }

    [Fact]
    public void With_CheckInWithTheIdOfAHeldOne_ReplacesItInPlace()
    {
        var checkIn = CheckIn.Record(new CheckInId("c-1"), Dan, D(2026, 4, 1), [Alice]);

        var updated = Agree(checkIn);

        Assert.Same(checkIn, Assert.Single(updated!.CheckIns));
    }

    [Fact]
    public void With_CheckInOfSomeoneUnknown_ThrowsWhatTheConstructorThrows()
    {
        var error = Refused(CheckIn.Record(new CheckInId("c-2"), new EmployeeId("e-ghost"), D(2026, 4, 1), [Alice]));

        Assert.Equal("$.checkIns[1].employeeId", error.Path);
    }

    [Fact]
    public void With_CheckInBeforeTheHireDate_Throws()
    {
        var error = Refused(CheckIn.Record(new CheckInId("c-2"), Dan, D(2022, 6, 1), [Alice]));

        Assert.Equal("$.checkIns[1].date", error.Path);
    }

    [Fact]
    public void With_CheckInAfterTheSupportedDates_Throws()
    {
        var error = Refused(CheckIn.Record(new CheckInId("c-2"), Dan, D(9999, 12, 20), [Alice]));

        Assert.Equal("$.checkIns[1].date: expected a date between 1900-01-01 and 2200-12-31, found 9999-12-20.", error.Message);
    }

    [Fact]
    public void Constructor_EmployeeHiredNearTheEndOfTheCalendar_IsRefusedAtTheHireDate()
    {
        var late = Employee.Hire(new EmployeeId("e-late"), "Late", D(9999, 12, 20), "Engineer", 4, Unit, Alice, onProbation: true);

        var error = Assert.Throws<InvalidSnapshotException>(() => new OrganizationSnapshot("Example", [_alice, late], [_cycle], orgUnits: [new OrgUnit(Unit, "All")]));

        Assert.Equal("$.employees[1].hireDate: expected a date between 1900-01-01 and 2200-12-31, found 9999-12-20.", error.Message);
    }

    [Fact]
    public void With_DownwardNoteAlongTheReportingLine_IsAccepted() =>
        Agree(FeedbackNote.Give(new FeedbackNoteId("n-2"), Alice, Carol, FeedbackDirection.Downward, D(2026, 5, 1), "Thanks"));

    [Fact]
    public void With_UpwardNoteToSomeoneNotAbove_Throws()
    {
        var error = Refused(FeedbackNote.Give(new FeedbackNoteId("n-2"), Carol, Dan, FeedbackDirection.Upward, D(2026, 5, 1), "Hm"));

        Assert.Equal("$.feedbackNotes[1].direction", error.Path);
    }

    [Fact]
    public void With_CalibrationInPlace_IsValidatedAgain()
    {
        _carolsReview.Calibrate(4, Alice, "Peers", D(2026, 11, 20));
        Agree(_carolsReview);

        _carolsReview.Calibrate(2, new EmployeeId("e-ghost"), "Peers", D(2026, 11, 21));
        Assert.Equal("$.reviews[0].calibrations[1].calibratedBy", Refused(_carolsReview).Path);
    }

    [Fact]
    public void With_ManagerChangeThatClosesACycle_Throws()
    {
        _bob.AssignManager(Carol, D(2026, 6, 1));

        var error = Refused(_bob);

        Assert.Contains("manager cycle", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ManagerChangeOfSomeoneInTheMiddle_ChecksFeedbackThatRunsThroughThem()
    {
        // Alice's note about Carol holds because Carol reports to Bob, who reports to Alice.
        _bob.AssignManager(null, D(2026, 2, 1));

        var error = Refused(_bob);

        Assert.Equal("$.feedbackNotes[0].direction", error.Path);
    }

    [Fact]
    public void With_LeaveAndTermination_AreAccepted()
    {
        _dan.StartLeave(D(2026, 3, 1));
        var updated = Agree(_dan);
        _carol.Terminate(D(2026, 12, 31));

        var next = updated!.With(_carol);

        SnapshotWithPropertyTests.AssertSame(SnapshotWithPropertyTests.Constructor(updated, [_carol]), next);
    }

    [Fact]
    public void With_AnotherObjectWithALaterHireDate_ChecksWhatIsAboutThem()
    {
        // Dan has no cycle record: only his self-review, started on 5 November, is dated.
        var rehired = Employee.Hire(Dan, "Dan", D(2026, 11, 6), "Engineer", 4, Unit, Alice, onProbation: false);

        var error = Refused(rehired);

        Assert.Equal("$.reviews[1].startedOn", error.Path);
    }

    [Fact]
    public void With_HireAndTheirFirstCheckIn_InOneCall_AreAccepted()
    {
        var erin = Employee.Hire(new EmployeeId("e-erin"), "Erin", D(2026, 6, 1), "Engineer", 3, Unit, Dan, onProbation: true);

        var updated = Agree(erin, CheckIn.Record(new CheckInId("c-2"), erin.Id, D(2026, 6, 15), [Dan]));

        Assert.Same(erin, Assert.Single(updated!.DirectReportsOf(Dan)));
    }

    [Fact]
    public void With_RecordPastGoalSettingWithOpenWeights_Throws()
    {
        _carolsRecord.Advance(D(2026, 2, 1));

        var error = Refused(_carolsRecord);

        Assert.Equal("$.objectives[0].weight", error.Path);
    }

    [Fact]
    public void With_GoalProgressInPlace_IsAccepted()
    {
        _goals.RecordProgress(new KeyResultId("kr-carol-1"), 5, D(2026, 3, 1));

        Agree(_goals);
    }

    [Fact]
    public void With_GoalSetThatLosesAKeyResultACheckInNames_Throws()
    {
        var replacement = new GoalSet(Cycle2026);
        replacement.AddObjective(new ObjectiveId("o-carol-1"), GoalOwner.Individual(Carol), "Ship", 80, null, D(2026, 1, 5));

        var error = Refused(replacement);

        Assert.Equal("$.checkIns[0].progress[0].keyResultId", error.Path);
    }

    [Fact]
    public void With_ObjectiveIdThatAnotherSetHolds_Throws()
    {
        var other = new PerformanceCycle(
            new CycleId("c-2025"),
            "2025",
            new DateInterval(D(2025, 1, 1), D(2025, 12, 31)),
            StandardWindows().Select(w => new StageWindow(w.Stage, new DateInterval(w.Dates.Start.PlusYears(-1), w.Dates.End.PlusYears(-1)))),
            RatingScale.FivePoint);
        var snapshot = new OrganizationSnapshot("Two cycles", _snapshot.Employees, [_cycle, other], orgUnits: _snapshot.OrgUnits, goalSets: [_goals]);
        var set = new GoalSet(other.Id);
        set.AddObjective(new ObjectiveId("o-carol-1"), GoalOwner.Organization, "Again", 100, null, D(2025, 1, 1));

        var expected = Assert.Throws<InvalidSnapshotException>(() => SnapshotWithPropertyTests.Constructor(snapshot, [set]));
        var actual = Assert.Throws<InvalidSnapshotException>(() => snapshot.With(set));

        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal("$.objectives[1].id", actual.Path);
    }

    [Fact]
    public void With_AggregateOfAnotherKind_ThrowsArgumentExceptionNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => _snapshot.With(new Stranger()));

        Assert.Contains(nameof(Stranger), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Nothing_ReturnsTheSameSnapshot() => Assert.Same(_snapshot, _snapshot.With());

    [Fact]
    public void With_ManyUpdatesInARow_EachEqualsTheConstructor()
    {
        var snapshot = _snapshot;
        for (var day = 1; day <= 20; day++)
        {
            var checkIn = CheckIn.Record(new CheckInId($"c-x{day}"), Carol, D(2026, 5, day), [Bob]);
            var next = snapshot.With(checkIn);
            SnapshotWithPropertyTests.AssertSame(SnapshotWithPropertyTests.Constructor(snapshot, [checkIn]), next);
            snapshot = next;
        }

        Assert.Equal(21, snapshot.CheckIns.Count);
    }

    private OrganizationSnapshot? Agree(params AggregateRoot[] changed)
    {
        var updated = SnapshotWithPropertyTests.Compare(_snapshot, changed);
        Assert.NotNull(updated);
        return updated;
    }

    private InvalidSnapshotException Refused(params AggregateRoot[] changed)
    {
        Assert.Null(SnapshotWithPropertyTests.Compare(_snapshot, changed));
        return Assert.Throws<InvalidSnapshotException>(() => _snapshot.With(changed));
    }

    private sealed class Stranger : AggregateRoot;
}
