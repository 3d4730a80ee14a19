using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Tests.TestSupport;

/// <summary>Short names for the values most tests need.</summary>
internal static class TestData
{
    public static readonly LocalDate Jan1 = new(2026, 1, 1);

    public static readonly EmployeeId Alice = new("e-alice");
    public static readonly EmployeeId Bob = new("e-bob");
    public static readonly EmployeeId Carol = new("e-carol");
    public static readonly EmployeeId Dan = new("e-dan");

    public static readonly OrgUnitId Engineering = new("u-eng");
    public static readonly OrgUnitId Sales = new("u-sales");

    public static readonly CycleId Cycle2026 = new("c-2026");

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>A 2026 cycle whose windows follow the stage order, on the given scale.</summary>
    public static PerformanceCycle Cycle(RatingScale? scale = null) => new(
        Cycle2026,
        "2026",
        new DateInterval(D(2026, 1, 1), D(2026, 12, 31)),
        StandardWindows(),
        scale ?? RatingScale.FivePoint);

    public static StageWindow[] StandardWindows() =>
    [
        new(LifecycleStage.GoalSetting, new DateInterval(D(2026, 1, 1), D(2026, 1, 31))),
        new(LifecycleStage.OngoingFeedback, new DateInterval(D(2026, 1, 15), D(2026, 11, 30))),
        new(LifecycleStage.Review, new DateInterval(D(2026, 11, 1), D(2026, 12, 10))),
        new(LifecycleStage.DevelopmentPlanning, new DateInterval(D(2026, 12, 1), D(2026, 12, 20))),
        new(LifecycleStage.Consequences, new DateInterval(D(2026, 12, 10), D(2026, 12, 31))),
    ];
}
