using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Cycles.Events;
using PerfDomain.Employees;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(CyclesArbitraries)], MaxTest = 300)]
public sealed class StageTransitionProperties
{
    private static readonly LocalDate Opened = new(2026, 1, 1);

    [Property]
    public void AdvanceTo_AnySequence_NeverSkipsOrGoesBack(StageScenario scenario)
    {
        var record = CycleRecord.Open(new CycleId("c-prop"), new EmployeeId("e-prop"), Opened);

        foreach (var attempt in scenario.Attempts)
        {
            var current = record.History[^1];
            var stage = attempt.ToNext ? (current.Stage == LifecycleStage.Closed ? LifecycleStage.Closed : current.Stage + 1) : attempt.Stage;
            var on = current.EnteredOn.PlusDays(attempt.DayOffset);
            var expected = current.Stage == LifecycleStage.Closed ? "cycle-record.closed"
                : stage != current.Stage + 1 ? "cycle-record.stage-order"
                : attempt.DayOffset < 0 ? "cycle-record.date-order"
                : null;

            var ex = Record.Exception(() => record.AdvanceTo(stage, on));

            if (expected is null)
            {
                Assert.Null(ex);
                Assert.Equal(new StageEntry(stage, on), record.History[^1]);
            }
            else
            {
                Assert.Equal(expected, Assert.IsType<DomainRuleViolationException>(ex).Rule);
                Assert.Same(current, record.History[^1]);
            }

            AssertConsecutivePrefix(record);
        }
    }

    private static void AssertConsecutivePrefix(CycleRecord record)
    {
        var history = record.History;
        Assert.Equal(Enum.GetValues<LifecycleStage>().Take(history.Count), history.Select(h => h.Stage));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.EnteredOn <= p.Second.EnteredOn), "entry dates are non-decreasing");
        Assert.Equal(record.Stage, history[^1].Stage);

        // One event per entry: the opening, then one advance per later stage.
        Assert.Equal(history.Count, record.DomainEvents.Count);
        var advances = record.DomainEvents.Skip(1).Cast<CycleStageAdvanced>().ToList();
        Assert.All(advances, e => Assert.Equal(e.From + 1, e.To));
        Assert.Equal(history.Skip(1).Select(h => h.EnteredOn), advances.Select(e => e.OccurredOn));
    }
}
