using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Cycles;

public sealed class PerformanceCycleTests
{
    private static readonly DateInterval Year = new(D(2026, 1, 1), D(2026, 12, 31));

    private static PerformanceCycle Make(IEnumerable<StageWindow> windows) => new(Cycle2026, "2026", Year, windows, RatingScale.ThreePoint);

    private static StageWindow[] With(LifecycleStage stage, DateInterval dates)
    {
        var windows = StandardWindows();
        windows[(int)stage] = new StageWindow(stage, dates);
        return windows;
    }

    [Fact]
    public void Constructor_ValidWindowsInAnyOrder_KeepsThemInStageOrder()
    {
        var windows = StandardWindows();
        var cycle = Make(windows.Reverse());

        Assert.Equal(Cycle2026, cycle.Id);
        Assert.Equal("2026", cycle.Name);
        Assert.Equal(Year, cycle.Period);
        Assert.Same(RatingScale.ThreePoint, cycle.Scale);
        Assert.Equal(windows, cycle.Windows);
        Assert.Equal(windows[2].Dates, cycle.WindowOf(LifecycleStage.Review));
    }

    [Fact]
    public void Constructor_WindowsOnPeriodBounds_AreAccepted()
    {
        var windows = Enum.GetValues<LifecycleStage>().Where(s => s != LifecycleStage.Closed).Select(s => new StageWindow(s, Year));

        Assert.Equal(5, Make(windows).Windows.Count);
    }

    [Fact]
    public void Constructor_MissingStage_ThrowsNamingTheStage()
    {
        var windows = StandardWindows().Where(w => w.Stage != LifecycleStage.Review);

        DomainAssert.Violates("cycle.window-stage", () => Make(windows), "'c-2026'", "no window", "Review");
    }

    [Fact]
    public void Constructor_TwoWindowsForOneStage_Throws()
    {
        var windows = StandardWindows().Append(StandardWindows()[1]);

        DomainAssert.Violates("cycle.window-stage", () => Make(windows), "two windows", "OngoingFeedback");
    }

    [Fact]
    public void Constructor_WindowForClosed_Throws()
    {
        var windows = StandardWindows().Append(new StageWindow(LifecycleStage.Closed, Year));

        DomainAssert.Violates("cycle.window-stage", () => Make(windows), "Closed");
    }

    [Fact]
    public void Constructor_WindowForUndefinedStage_Throws()
    {
        var windows = StandardWindows().Append(new StageWindow((LifecycleStage)(-1), Year));

        DomainAssert.Violates("cycle.window-stage", () => Make(windows), "-1");
    }

    [Fact]
    public void Constructor_WindowEndsAfterPeriod_ThrowsNamingBothRanges()
    {
        var windows = With(LifecycleStage.Consequences, new DateInterval(D(2026, 12, 10), D(2027, 1, 1)));

        DomainAssert.Violates("cycle.window-inside-period", () => Make(windows), "Consequences", "2026-12-10..2027-01-01", "2026-01-01..2026-12-31");
    }

    [Fact]
    public void Constructor_WindowStartsBeforePeriod_Throws()
    {
        var windows = With(LifecycleStage.GoalSetting, new DateInterval(D(2025, 12, 31), D(2026, 1, 31)));

        DomainAssert.Violates("cycle.window-inside-period", () => Make(windows), "GoalSetting", "2025-12-31");
    }

    [Fact]
    public void Constructor_WindowStartsBeforePreviousStage_ThrowsWindowOrder()
    {
        // Review starts on 2026-11-01; development planning one day before it.
        var windows = With(LifecycleStage.DevelopmentPlanning, new DateInterval(D(2026, 10, 31), D(2026, 12, 20)));

        DomainAssert.Violates("cycle.window-order", () => Make(windows), "DevelopmentPlanning", "Review", "2026-10-31..2026-12-20", "2026-11-01..2026-12-10");
    }

    [Fact]
    public void Constructor_WindowEndsBeforePreviousStage_ThrowsWindowOrder()
    {
        // Ongoing feedback ends on 2026-11-30; review one day before it.
        var windows = With(LifecycleStage.Review, new DateInterval(D(2026, 11, 1), D(2026, 11, 29)));

        DomainAssert.Violates("cycle.window-order", () => Make(windows), "Review", "OngoingFeedback");
    }

    [Fact]
    public void Constructor_WindowStartsAndEndsWithPreviousStage_IsAccepted()
    {
        var windows = With(LifecycleStage.Review, new DateInterval(D(2026, 1, 15), D(2026, 11, 30)));

        Assert.Equal(new DateInterval(D(2026, 1, 15), D(2026, 11, 30)), Make(windows).WindowOf(LifecycleStage.Review));
    }

    [Fact]
    public void Constructor_BadArguments_ThrowArgumentExceptions()
    {
        DomainAssert.Argument<ArgumentException>("id", () => new PerformanceCycle(default, "2026", Year, StandardWindows(), RatingScale.ThreePoint), "CycleId");
        DomainAssert.Argument<ArgumentException>("name", () => new PerformanceCycle(Cycle2026, " ", Year, StandardWindows(), RatingScale.ThreePoint));
        DomainAssert.Argument<ArgumentNullException>("period", () => new PerformanceCycle(Cycle2026, "2026", null!, StandardWindows(), RatingScale.ThreePoint));
        DomainAssert.Argument<ArgumentNullException>("scale", () => new PerformanceCycle(Cycle2026, "2026", Year, StandardWindows(), null!));
        DomainAssert.Argument<ArgumentNullException>("windows", () => new PerformanceCycle(Cycle2026, "2026", Year, null!, RatingScale.ThreePoint));
        DomainAssert.Argument<ArgumentNullException>("windows", () => new PerformanceCycle(Cycle2026, "2026", Year, [.. StandardWindows(), null!], RatingScale.ThreePoint));
        DomainAssert.Argument<ArgumentNullException>("windows", () => new PerformanceCycle(Cycle2026, "2026", Year, [new StageWindow(LifecycleStage.GoalSetting, null!)], RatingScale.ThreePoint));
    }

    [Fact]
    public void WindowOf_Closed_ThrowsArgumentOutOfRange()
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("stage", () => Cycle().WindowOf(LifecycleStage.Closed));
    }

    [Fact]
    public void Midpoint_OddAndEvenLengths_IsEarlierMiddleDay()
    {
        var odd = new PerformanceCycle(Cycle2026, "Q", new DateInterval(D(2026, 1, 1), D(2026, 1, 3)), OneDayWindows(D(2026, 1, 1)), RatingScale.ThreePoint);
        var even = new PerformanceCycle(Cycle2026, "Q", new DateInterval(D(2026, 1, 1), D(2026, 1, 4)), OneDayWindows(D(2026, 1, 1)), RatingScale.ThreePoint);

        Assert.Equal(D(2026, 1, 2), odd.Midpoint);
        Assert.Equal(D(2026, 1, 2), even.Midpoint);
        Assert.Equal(D(2026, 7, 2), Cycle().Midpoint);
    }

    [Fact]
    public void ElapsedFraction_ClampsOutsideAndCountsWholeDaysInside()
    {
        var cycle = Cycle();

        Assert.Equal(0, cycle.ElapsedFraction(D(2025, 12, 31)));
        Assert.Equal(1 / 365d, cycle.ElapsedFraction(D(2026, 1, 1)), 12);
        Assert.Equal(182 / 365d, cycle.ElapsedFraction(D(2026, 7, 1)), 12);
        Assert.Equal(364 / 365d, cycle.ElapsedFraction(D(2026, 12, 30)), 12);
        Assert.Equal(1, cycle.ElapsedFraction(D(2026, 12, 31)));
        Assert.Equal(1, cycle.ElapsedFraction(D(2027, 6, 1)));
    }

    [Fact]
    public void ToString_NamesIdNameAndPeriod()
    {
        Assert.Equal("c-2026 (2026, 2026-01-01..2026-12-31)", Cycle().ToString());
    }

    private static IEnumerable<StageWindow> OneDayWindows(LocalDate day) =>
        Enum.GetValues<LifecycleStage>().Where(s => s != LifecycleStage.Closed).Select(s => new StageWindow(s, new DateInterval(day, day)));
}
