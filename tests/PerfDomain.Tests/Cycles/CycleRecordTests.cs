using PerfDomain.Cycles;
using PerfDomain.Cycles.Events;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Cycles;

public sealed class CycleRecordTests
{
    private static CycleRecord Open() => CycleRecord.Open(Cycle2026, Alice, D(2026, 1, 5));

    [Fact]
    public void Open_StartsAtGoalSettingAndRecordsOpened()
    {
        var record = Open();

        Assert.Equal(Cycle2026, record.CycleId);
        Assert.Equal(Alice, record.EmployeeId);
        Assert.Equal(LifecycleStage.GoalSetting, record.Stage);
        Assert.Equal([new StageEntry(LifecycleStage.GoalSetting, D(2026, 1, 5))], record.History);
        Assert.Equal(new CycleRecordOpened(Cycle2026, Alice, D(2026, 1, 5)), DomainAssert.SingleEvent<CycleRecordOpened>(record));
    }

    [Fact]
    public void Open_DefaultIds_Throw()
    {
        DomainAssert.Argument<ArgumentException>("cycleId", () => CycleRecord.Open(default, Alice, Jan1), "CycleId");
        DomainAssert.Argument<ArgumentException>("employeeId", () => CycleRecord.Open(Cycle2026, default, Jan1), "EmployeeId");
    }

    [Fact]
    public void AdvanceTo_NextStage_MovesOnAndRecordsAdvanced()
    {
        var record = Open();
        record.ClearDomainEvents();

        record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 2, 1));

        Assert.Equal(LifecycleStage.OngoingFeedback, record.Stage);
        Assert.Equal(new StageEntry(LifecycleStage.OngoingFeedback, D(2026, 2, 1)), record.History[^1]);
        Assert.Equal(
            new CycleStageAdvanced(Cycle2026, Alice, LifecycleStage.GoalSetting, LifecycleStage.OngoingFeedback, D(2026, 2, 1)),
            DomainAssert.SingleEvent<CycleStageAdvanced>(record));
    }

    [Fact]
    public void AdvanceTo_SameDayAsCurrentStage_IsAccepted()
    {
        var record = Open();

        record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 1, 5));

        Assert.Equal(LifecycleStage.OngoingFeedback, record.Stage);
    }

    [Fact]
    public void AdvanceTo_SkippingAStage_ThrowsNamingStages()
    {
        var record = Open();

        DomainAssert.Violates("cycle-record.stage-order", () => record.AdvanceTo(LifecycleStage.Review, D(2026, 2, 1)), "'e-alice'", "'c-2026'", "GoalSetting", "OngoingFeedback", "Review", "cannot be skipped");
        Assert.Single(record.History);
    }

    [Fact]
    public void AdvanceTo_SameStage_ThrowsGoesBack()
    {
        var record = Open();
        record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 2, 1));

        DomainAssert.Violates("cycle-record.stage-order", () => record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 3, 1)), "never go back");
    }

    [Fact]
    public void AdvanceTo_EarlierStage_ThrowsGoesBack()
    {
        var record = Open();
        record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 2, 1));

        DomainAssert.Violates("cycle-record.stage-order", () => record.AdvanceTo(LifecycleStage.GoalSetting, D(2026, 3, 1)), "GoalSetting", "never go back");
    }

    [Fact]
    public void AdvanceTo_UndefinedStage_Throws()
    {
        DomainAssert.Violates("cycle-record.stage-order", () => Open().AdvanceTo((LifecycleStage)42, D(2026, 3, 1)), "42");
    }

    [Fact]
    public void AdvanceTo_DayBeforeCurrentStage_ThrowsNamingDates()
    {
        var record = Open();

        DomainAssert.Violates("cycle-record.date-order", () => record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 1, 4)), "2026-01-05", "2026-01-04", "GoalSetting");
        Assert.Equal(LifecycleStage.GoalSetting, record.Stage);
        Assert.Single(record.DomainEvents);
    }

    [Fact]
    public void AdvanceTo_WhenClosed_ThrowsClosed()
    {
        var record = Open();
        while (record.Stage != LifecycleStage.Closed)
        {
            record.Advance(D(2026, 12, 31));
        }

        DomainAssert.Violates("cycle-record.closed", () => record.AdvanceTo(LifecycleStage.Closed, D(2027, 1, 1)), "closed", "Closed");
    }

    [Fact]
    public void Advance_AllTheWay_VisitsEveryStageInOrder()
    {
        var record = Open();
        var entered = new List<LifecycleStage>();

        for (var i = 1; i <= 5; i++)
        {
            entered.Add(record.Advance(D(2026, 1, 5).PlusMonths(i)));
        }

        Assert.Equal(Enum.GetValues<LifecycleStage>().Skip(1), entered);
        Assert.Equal(Enum.GetValues<LifecycleStage>(), record.History.Select(h => h.Stage));
        Assert.Equal(6, record.DomainEvents.Count);
        DomainAssert.Violates("cycle-record.closed", () => record.Advance(D(2027, 1, 1)));
    }

    [Fact]
    public void StageOn_ReadsHistoryByDate()
    {
        var record = Open();
        record.AdvanceTo(LifecycleStage.OngoingFeedback, D(2026, 2, 1));
        record.AdvanceTo(LifecycleStage.Review, D(2026, 2, 1));

        Assert.Null(record.StageOn(D(2026, 1, 4)));
        Assert.Equal(LifecycleStage.GoalSetting, record.StageOn(D(2026, 1, 31)));
        Assert.Equal(LifecycleStage.Review, record.StageOn(D(2026, 2, 1)));
    }

    [Fact]
    public void ToString_NamesEmployeeCycleAndStage()
    {
        Assert.Equal("e-alice in c-2026: GoalSetting", Open().ToString());
    }
}
