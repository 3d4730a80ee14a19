using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>The engine's agenda and firings equal the naive reference evaluator's, for random rules and operation sequences.</summary>
public class OracleProperties
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(OracleArbitraries)])]
    public void Engine_AgendaAndFirings_EqualReferenceEvaluator(Scenario scenario) => Run(scenario);

    [Property(MaxTest = 1000, Arbitrary = [typeof(OracleArbitraries)])]
    public void Engine_LinkedFactChains_EqualReferenceEvaluator(Scenario scenario)
    {
        var first = scenario.Rules[0];
        var consumers = scenario.Rules.Skip(1).Select(r => r with { Shape = r.T % 2 == 0 ? Shape.JoinC : Shape.NotC });
        Run(scenario with { Rules = [first with { Shape = Shape.Yield }, .. consumers, first with { Shape = Shape.NotC, Priority = 2 - first.Priority }] });
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(OracleArbitraries)])]
    public void Engine_SameScenarioInFreshSession_IsDeterministic(Scenario scenario)
    {
        var first = Run(scenario);
        var second = Run(scenario);
        Assert.Equal(first, second);
    }

    internal static List<string> Run(Scenario scenario)
    {
        var factory = new SessionFactory(scenario.Rules.Select(DynamicRule.Build).ToArray());
        var session = factory.CreateSession();
        var oracle = new ReferenceEvaluator(scenario.Rules);
        var fired = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => fired.Add(ReferenceEvaluator.Describe(e.Rule.Name, e.Facts.Select(f => f.Value)));
        var live = new List<object>();
        var log = new List<string>();
        var nextId = 0;
        for (var i = 0; i < scenario.Steps.Length; i++)
        {
            var step = scenario.Steps[i];
            switch (step.Kind)
            {
                case StepKind.Insert:
                    object fact = step.IsA ? new A(++nextId, step.Key, step.Val) : new B(++nextId, step.Key, step.Val);
                    live.Add(fact);
                    session.Insert(fact);
                    oracle.Insert(fact);
                    break;
                case StepKind.Update when live.Count > 0:
                    var target = live[step.Target % live.Count];
                    if (target is A a)
                    {
                        (a.Key, a.Val) = (step.Key, step.Val);
                    }
                    else
                    {
                        var b = (B)target;
                        (b.Key, b.Val) = (step.Key, step.Val);
                    }

                    session.Update(target);
                    oracle.Update(target);
                    break;
                case StepKind.Retract when live.Count > 0:
                    var victim = live[step.Target % live.Count];
                    live.Remove(victim);
                    session.Retract(victim);
                    oracle.Retract(victim);
                    break;
                case StepKind.Fire:
                    fired.Clear();
                    var count = session.Fire(step.Count);
                    var expected = oracle.Fire(step.Count);
                    Check(scenario, i, "firings", expected, fired);
                    Assert.Equal(expected.Count, count);
                    log.AddRange(fired);
                    break;
            }

            var agenda = session.Agenda.Select(x => ReferenceEvaluator.Describe(x.Rule.Name, x.Match.Facts.Select(f => f.Value))).ToList();
            Check(scenario, i, "agenda", oracle.Agenda, agenda);
        }

        return log;
    }

    private static void Check(Scenario scenario, int step, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"{what} differs after step {step} ({scenario.Steps[step]}){Environment.NewLine}{scenario}{Environment.NewLine}expected: {string.Join(" | ", expected)}{Environment.NewLine}actual:   {string.Join(" | ", actual)}");
        }
    }
}
