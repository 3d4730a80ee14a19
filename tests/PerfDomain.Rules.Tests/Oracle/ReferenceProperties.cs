using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NRules;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// What NRules cannot be the oracle of, checked against <see cref="ReferenceEvaluator"/>: <c>Or</c> firing once per set
/// of facts, <c>All</c>, and PerfDomain's own order among activations one operation queues (rule order, then fact
/// recency), compared over the whole agenda after every step.
/// </summary>
public class ReferenceProperties
{
    [Property(MaxTest = 300)]
    public Property OrOncePerFactSet_AgendaAndFirings_EqualReferenceEvaluator() =>
        Prop.ForAll(OracleArbitraries.Scenarios(ReferenceEvaluator.Shapes, batches: true), Run);

    internal static void Run(Scenario scenario)
    {
        var definitions = scenario.Rules.Select(DynamicRule.Build).ToArray();
        var session = new RuleCompiler(new SessionOptions { OrFiresOncePerFactSet = true }).Compile(definitions).CreateSession();
        var agenda = new PerfDomainAgendaReader(session);
        var reference = new ReferenceEvaluator(scenario.Rules);
        var fired = new List<string>();
        session.Events.RuleFiringEvent += (_, e) => fired.Add(ReferenceEvaluator.Describe(e.Rule.Name, e.Facts.Select(f => f.Value)));
        var live = new List<object>();
        var nextId = 0;
        for (var i = 0; i < scenario.Steps.Length; i++)
        {
            var step = scenario.Steps[i];
            switch (step.Kind)
            {
                case StepKind.Insert or StepKind.InsertAll:
                    var batch = Enumerable.Range(0, step.Kind == StepKind.Insert ? 1 : step.Count)
                        .Select(n => step.IsA ? (object)new A(++nextId, step.Key, (step.Val + n) % 4) : new B(++nextId, step.Key, (step.Val + n) % 4))
                        .ToList();
                    live.AddRange(batch);
                    session.InsertAll(batch);
                    reference.InsertAll(batch);
                    break;
                case StepKind.Update or StepKind.UpdateAll when live.Count > 0:
                    var size = step.Kind == StepKind.Update ? 1 : Math.Min(step.Count, live.Count);
                    var targets = Enumerable.Range(0, size).Select(n => live[(step.Target + n) % live.Count]).ToList();
                    foreach (var target in targets)
                    {
                        if (target is A a)
                        {
                            (a.Key, a.Val) = (step.Key, step.Val);
                        }
                        else
                        {
                            var b = (B)target;
                            (b.Key, b.Val) = (step.Key, step.Val);
                        }
                    }

                    session.UpdateAll(targets);
                    reference.UpdateAll(targets);
                    break;
                case StepKind.Retract when live.Count > 0:
                    var victim = live[step.Target % live.Count];
                    live.Remove(victim);
                    session.Retract(victim);
                    reference.Retract(victim);
                    break;
                case StepKind.Fire:
                    fired.Clear();
                    var count = step.Count == 0 ? session.Fire() : session.Fire(step.Count);
                    var expected = reference.Fire(step.Count == 0 ? int.MaxValue : step.Count);
                    Check(scenario, i, "firings", expected, fired);
                    Assert.Equal(expected.Count, count);
                    break;
            }

            var pending = agenda.Pending().Select(p => agenda.MatchOf(p.Activation)).Select(m => ReferenceEvaluator.Describe(m.Rule.Name, m.Facts.Select(f => f.Value))).ToList();
            Check(scenario, i, "agenda", reference.Agenda, pending);
        }
    }

    private static void Check(Scenario scenario, int step, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"{what} differs after step {step} ({scenario.Steps[step]}){Environment.NewLine}{scenario}{Environment.NewLine}expected: {string.Join(" | ", expected)}{Environment.NewLine}actual:   {string.Join(" | ", actual)}");
        }
    }
}
