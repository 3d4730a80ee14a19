using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Goals;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(GoalsArbitraries)], MaxTest = 300)]
public sealed class GoalWeightProperties
{
    [Property]
    public void Weights_AnySequenceOfAddsAndReweights_NeverExceed100AndReweightMakesExactly100(WeightScenario scenario)
    {
        var goals = new GoalSet(GoalsArbitraries.CycleId);
        var next = 0;

        foreach (var operation in scenario.Operations)
        {
            var owner = GoalsArbitraries.Owners[operation.Owner];
            var before = GoalsArbitraries.Owners.ToDictionary(o => o, goals.WeightTotal);
            if (operation.AddWeight is { } weight)
            {
                var fits = before[owner] + weight <= 100;
                var ex = Record.Exception(() => goals.AddObjective(GoalsArbitraries.IdOf(next), owner, "Objective", weight, null, GoalsArbitraries.Day));
                if (fits)
                {
                    Assert.Null(ex);
                    next++;
                    Assert.Equal(before[owner] + weight, goals.WeightTotal(owner));
                }
                else
                {
                    Assert.Equal("goals.weights-total", Assert.IsType<DomainRuleViolationException>(ex).Rule);
                    Assert.Equal(before[owner], goals.WeightTotal(owner));
                }
            }
            else
            {
                var owned = goals.ObjectivesOf(owner).Select(o => o.Id).ToList();
                var weights = Weights(owned, operation);
                var valid = owned.Count > 0 && weights.Count == owned.Count && weights.Values.Sum() == 100 && weights.Values.All(w => w is >= 0 and <= 100);
                var ex = Record.Exception(() => goals.Reweight(owner, weights, GoalsArbitraries.Day));
                if (valid)
                {
                    Assert.Null(ex);
                    Assert.Equal(100m, goals.WeightTotal(owner));
                    Assert.All(owned, id => Assert.Equal(weights[id], goals[id].Weight));
                }
                else
                {
                    Assert.Equal("goals.weights-total", Assert.IsType<DomainRuleViolationException>(ex).Rule);
                    Assert.Equal(before[owner], goals.WeightTotal(owner));
                }
            }

            Assert.All(GoalsArbitraries.Owners, o => Assert.InRange(goals.WeightTotal(o), 0m, 100m));
            Assert.All(GoalsArbitraries.Owners.Where(o => o != owner), o => Assert.Equal(before[o], goals.WeightTotal(o)));
        }
    }

    private static Dictionary<ObjectiveId, decimal> Weights(List<ObjectiveId> owned, WeightOperation operation)
    {
        var shares = owned.Select((_, i) => operation.Shares[i % operation.Shares.Length]).ToList();
        if (operation.Kind == ReweightKind.Raw)
        {
            return owned.Zip(shares).ToDictionary(p => p.First, p => (decimal)p.Second);
        }

        var total = shares.Sum();
        var weights = new Dictionary<ObjectiveId, decimal>();
        var assigned = 0m;
        for (var i = 0; i < owned.Count; i++)
        {
            var weight = i == owned.Count - 1
                ? 100 - assigned
                : total == 0 ? 0 : decimal.Floor(shares[i] * 10_000m / total) / 100m;
            weights[owned[i]] = weight;
            assigned += weight;
        }

        if (operation.Kind == ReweightKind.MissingOne && owned.Count > 0)
        {
            weights.Remove(owned[^1]);
        }

        return weights;
    }
}
