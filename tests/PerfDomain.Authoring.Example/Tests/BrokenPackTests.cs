using PerfDomain.Authoring.Example.Broken;
using PerfDomain.Policies.Decisions;
using PerfDomain.Testing.Laws;
using Xunit.Abstractions;

namespace PerfDomain.Authoring.Example.Tests;

public sealed class BrokenPackTests(ITestOutputHelper output)
{
    [Fact]
    public void NoContradictions_CatchesTheBrokenGrowthPlanRule()
    {
        var law = PolicyLaws.NoContradictions(() => BrokenEngineeringPromotionPack.Engine);

        var result = Assert.Single(PolicyLawRunner.Check([law], maxTest: 100, seed: 3));
        output.WriteLine(result.ToString());

        Assert.Equal(PolicyLawStatus.Failed, result.Status);
        Assert.Contains("contradictory", result.Message, StringComparison.Ordinal);
        Assert.Contains(BrokenGrowthPlanRule.RuleName, result.Message, StringComparison.Ordinal);
        Assert.True(result.Shrinks > 0, "the counterexample was not shrunk");
        Assert.NotNull(result.Replay);
        var counterexample = Assert.IsType<PerfDomain.Snapshots.OrganizationSnapshot>(result.Counterexample);
        Assert.True(counterexample.Employees.Count <= 3, $"not shrunk: {counterexample.Employees.Count} employees");

        // The shrunk counterexample really is one, and the replay seed reproduces it.
        var asOf = Assert.NotNull(result.CounterexampleAsOf);
        var decisions = BrokenEngineeringPromotionPack.Engine.Evaluate(counterexample, asOf).Decisions;
        Assert.Contains(decisions, d => d.Explanation.Rule == BrokenGrowthPlanRule.RuleName
            && decisions.Any(o => o.EmployeeId == d.EmployeeId && o.CycleId == d.CycleId && (o.Kind == DecisionKind.RecognitionRecommended || o.Kind == DecisionKind.PromotionReadinessFlagged)));
        var replayed = PolicyLawRunner.Replay(law, PolicyLawReplay.Parse(result.Replay.ToString()));
        Assert.Equal(PolicyLawStatus.Failed, replayed.Status);
    }
}
