using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Goals;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(GoalsArbitraries)], MaxTest = 500)]
public sealed class KeyResultProperties
{
    [Property]
    public void Progress_AnyValues_IsBetweenZeroAndOne(KeyResultValues values)
    {
        var kr = new KeyResult(new KeyResultId("kr"), "Metric", values.Start, values.Target, "u", values.Current, null);

        Assert.InRange(kr.Progress, 0, 1);
        if (values.Current == values.Target)
        {
            Assert.Equal(1, kr.Progress);
        }

        if (values.Current == values.Start)
        {
            Assert.Equal(0, kr.Progress);
        }
    }

    [Property]
    public void Progress_MovingTowardsTarget_NeverDecreases(KeyResultValues values)
    {
        var goals = new GoalSet(GoalsArbitraries.CycleId);
        goals.AddObjective(GoalsArbitraries.IdOf(0), GoalsArbitraries.Owners[0], "Objective", 100, null, GoalsArbitraries.Day);
        var kr = goals.AddKeyResult(GoalsArbitraries.IdOf(0), new KeyResultId("kr"), "Metric", values.Start, values.Target, "u", GoalsArbitraries.Day);
        var step = (values.Target - values.Start) / 4;
        var previous = kr.Progress;

        for (var i = 1; i <= 5; i++)
        {
            goals.RecordProgress(kr.Id, values.Start + (step * i), GoalsArbitraries.Day.PlusDays(i));
            Assert.True(kr.Progress >= previous, $"progress fell from {previous} to {kr.Progress}");
            previous = kr.Progress;
        }

        Assert.Equal(1, previous);
    }
}
