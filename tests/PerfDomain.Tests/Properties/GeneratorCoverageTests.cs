using FsCheck;
using FsCheck.Fluent;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Goals;

namespace PerfDomain.Tests.Properties;

/// <summary>
/// The generators must reach the interesting cases, or the properties prove little: these tests
/// run sampled scenarios against the domain and check that every outcome occurs.
/// </summary>
public sealed class GeneratorCoverageTests
{
    [Fact]
    public void AlignmentScenarios_ProduceAcceptedCyclicAndLevelRefusedAttempts()
    {
        var outcomes = new HashSet<string>();
        foreach (var scenario in GoalsArbitraries.Alignment().Generator.Sample(10, new Rnd(20261201UL, 1UL), 300))
        {
            var goals = GoalsArbitraries.Build(scenario.Objectives);
            foreach (var attempt in scenario.Attempts)
            {
                var parent = attempt.Parent is { } p ? GoalsArbitraries.IdOf(p) : (ObjectiveId?)null;
                var ex = Record.Exception(() => goals.AlignTo(GoalsArbitraries.IdOf(attempt.Child), parent, GoalsArbitraries.Day));
                outcomes.Add(ex is DomainRuleViolationException d ? d.Rule : ex?.GetType().Name ?? "accepted");
            }
        }

        Assert.Equal(["accepted", "goals.alignment-cycle", "goals.alignment-level"], outcomes.Order());
    }

    [Fact]
    public void StageScenarios_ReachClosedAndHitEveryRefusal()
    {
        var outcomes = new HashSet<string>();
        var closed = 0;
        foreach (var scenario in CyclesArbitraries.Stages().Generator.Sample(20, new Rnd(20261201UL, 1UL), 300))
        {
            var record = CycleRecord.Open(new CycleId("c"), new EmployeeId("e"), new NodaTime.LocalDate(2026, 1, 1));
            foreach (var attempt in scenario.Attempts)
            {
                var stage = attempt.ToNext ? (record.Stage == LifecycleStage.Closed ? LifecycleStage.Closed : record.Stage + 1) : attempt.Stage;
                var ex = Record.Exception(() => record.AdvanceTo(stage, record.History[^1].EnteredOn.PlusDays(attempt.DayOffset)));
                outcomes.Add(ex is DomainRuleViolationException d ? d.Rule : ex?.GetType().Name ?? "accepted");
            }

            closed += record.Stage == LifecycleStage.Closed ? 1 : 0;
        }

        Assert.Equal(["accepted", "cycle-record.closed", "cycle-record.date-order", "cycle-record.stage-order"], outcomes.Order());
        Assert.True(closed > 10, $"only {closed} records reached Closed");
    }

    [Fact]
    public void WeightScenarios_HaveSuccessfulAndRefusedAddsAndReweights()
    {
        var outcomes = new HashSet<string>();
        foreach (var scenario in GoalsArbitraries.Weights().Generator.Sample(20, new Rnd(20261201UL, 1UL), 300))
        {
            var goals = new GoalSet(GoalsArbitraries.CycleId);
            var next = 0;
            foreach (var operation in scenario.Operations)
            {
                var owner = GoalsArbitraries.Owners[operation.Owner];
                if (operation.AddWeight is { } w)
                {
                    var ex = Record.Exception(() => goals.AddObjective(GoalsArbitraries.IdOf(next), owner, "O", w, null, GoalsArbitraries.Day));
                    next += ex is null ? 1 : 0;
                    outcomes.Add(ex is null ? "add accepted" : "add refused");
                }
                else
                {
                    var owned = goals.ObjectivesOf(owner).ToList();
                    if (owned.Count > 0 && operation.Kind == ReweightKind.Exact)
                    {
                        outcomes.Add("exact reweight possible");
                    }
                }
            }

            if (goals.Objectives.Count > 0 && GoalsArbitraries.Owners.Any(o => goals.WeightTotal(o) == 100))
            {
                outcomes.Add("owner full");
            }
        }

        Assert.Equal(["add accepted", "add refused", "exact reweight possible", "owner full"], outcomes.Order());
    }
}
