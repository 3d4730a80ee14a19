using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>PerfDomain's runtime behaves as NRules' own on random rule sets and random operation sequences.</summary>
public class OracleProperties
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(OracleArbitraries)])]
    public void RandomRulesAndOperations_BehaveAsNRules(Scenario scenario) => ScenarioRunner.Run(scenario);

    /// <summary>
    /// Found by the oracle on 2026-12-07: one update makes both alternatives of R2 (an Or/Exists rule) match A2. Both
    /// activations print alike, so which one Fire(1) took showed only after a later update that ended one alternative's
    /// match: the one left pending must be the Exists alternative, never fired, at its place, as in NRules (which queues
    /// an Or rule's alternatives in their order).
    /// </summary>
    [Property(MaxTest = 1, Arbitrary = [typeof(OracleArbitraries)], Replay = "8164590722259087429,12412196339363662541,92")]
    public void Replay_OrAlternativesQueuedByOneUpdate_FireInAlternativeOrder(Scenario scenario) => ScenarioRunner.Run(scenario);

    /// <summary>A session used and then reset behaves as a new one: same firings, agenda and facts as NRules' new session.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(OracleArbitraries)])]
    public void ResetSessions_BehaveAsNew(Scenario scenario) => ScenarioRunner.Run(scenario, reused: true);

    [Property(MaxTest = 300)]
    public Property LinkedFactChains_BehaveAsNRules() =>
        Prop.ForAll(OracleArbitraries.Scenarios(OracleArbitraries.ComparedShapes, batches: false), scenario => ScenarioRunner.Run(Chain(scenario)));

    /// <summary>
    /// A yielding rule first, then rules joining or blocked by its linked facts, then one more blocked rule. The producer's
    /// priority is its own: which of two equal-priority activations queued by one operation fires first is each runtime's
    /// own order, and here it would decide whether a blocked rule fires before the linked fact arrives. For the same
    /// reason the scenario has no batch operations (two yields queued at once).
    /// </summary>
    private static Scenario Chain(Scenario scenario)
    {
        var first = scenario.Rules[0];
        var producer = first with { Shape = first.K % 2 == 0 ? Shape.Yield : Shape.YieldUpdate };
        int Other(int offset) => (first.Priority + 1 + offset) % 3;
        var consumers = scenario.Rules.Skip(1).Select(r => r with { Shape = r.T % 2 == 0 ? Shape.JoinC : Shape.NotC, Priority = Other(r.Priority % 2) });
        return scenario with { Rules = [producer, .. consumers, first with { Shape = Shape.NotC, Priority = Other(1) }] };
    }
}
