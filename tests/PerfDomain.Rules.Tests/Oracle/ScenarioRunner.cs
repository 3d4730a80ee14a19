using NRules;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// Runs a scenario on PerfDomain's runtime and on NRules' own, side by side on the same fact objects, and fails at the
/// first step after which they differ: the rules fired (with their facts, in order), Fire's count, the facts each
/// session holds, and the pending activations. Activations queued by one operation at one priority fire in each
/// runtime's own order (see <see cref="TrackedSession"/>): they are compared as a set, and when a Fire(n) stops inside
/// such a set the two sessions may have fired different members of it, so the scenario ends there.
/// </summary>
internal static class ScenarioRunner
{
    /// <summary>Runs <paramref name="scenario"/>; returns PerfDomain's firings, in order, and how many steps were compared.</summary>
    /// <param name="scenario">The rules and the operations.</param>
    /// <param name="reused">Whether PerfDomain's session first holds the scenario's facts, fires one rule (leaving the rest on its agenda) and is reset.</param>
    public static ScenarioResult Run(Scenario scenario, bool reused = false)
    {
        var definitions = scenario.Rules.Select(DynamicRule.Build).ToArray();
        var ourSession = new RuleCompiler().Compile(definitions).CreateSession();
        if (reused)
        {
            var id = 1000;
            ourSession.InsertAll(scenario.Steps.Where(s => s.Kind is StepKind.Insert or StepKind.InsertAll).Select(s => NewFact(s, ++id, 0)).ToList());
            try
            {
                ourSession.Fire(1);
            }
            catch (FiringLimitExceededException)
            {
                // A runaway warm-up is a used session too.
            }

            ((IRuleSession)ourSession).Reset();
        }

        var oracleSession = new NRules.RuleCompiler().Compile(definitions).CreateSession();
        var ours = new TrackedSession(ourSession, new PerfDomainAgendaReader(ourSession));
        var oracle = new TrackedSession(oracleSession, new NRulesAgendaReader(oracleSession));
        var keepKeysOfA = scenario.Rules.Any(r => SubnetShapes.Contains(r.Shape));
        var live = new List<object>();
        var log = new List<string>();
        var nextId = 0;
        for (var i = 0; i < scenario.Steps.Length; i++)
        {
            var step = scenario.Steps[i];
            void Check(string what, IEnumerable<object> expected, IEnumerable<object> actual) =>
                Compare(scenario, i, what, expected.Select(x => x.ToString()!).ToList(), actual.Select(x => x.ToString()!).ToList());
            ours.BeginOperation();
            oracle.BeginOperation();
            switch (step.Kind)
            {
                case StepKind.Insert:
                    var fact = NewFact(step, ++nextId, 0);
                    live.Add(fact);
                    ourSession.Insert(fact);
                    oracleSession.Insert(fact);
                    break;
                case StepKind.InsertAll:
                    var batch = Enumerable.Range(0, step.Count).Select(n => NewFact(step, ++nextId, n)).ToList();
                    live.AddRange(batch);
                    ourSession.InsertAll(batch);
                    oracleSession.InsertAll(batch);
                    break;
                case StepKind.Update or StepKind.UpdateAll when live.Count > 0:
                    var size = step.Kind == StepKind.Update ? 1 : Math.Min(step.Count, live.Count);
                    var targets = Enumerable.Range(0, size).Select(n => live[(step.Target + n) % live.Count]).ToList();
                    targets.ForEach(t => Change(t, step.Key, step.Val, keepKeysOfA));
                    ourSession.UpdateAll(targets);
                    oracleSession.UpdateAll(targets);
                    break;
                case StepKind.Retract when live.Count > 0:
                    var victim = live[step.Target % live.Count];
                    live.Remove(victim);
                    ourSession.Retract(victim);
                    oracleSession.Retract(victim);
                    break;
                case StepKind.Fire:
                    var ourCount = step.Count == 0 ? ourSession.Fire() : ourSession.Fire(step.Count);
                    var oracleCount = step.Count == 0 ? oracleSession.Fire() : oracleSession.Fire(step.Count);
                    Check("fired count", [oracleCount], [ourCount]);
                    if (StoppedInsideATie(oracle, ours))
                    {
                        return new ScenarioResult(log, i);
                    }

                    Check("firings", Canonical(oracle.Firings), Canonical(ours.Firings));
                    log.AddRange(ours.Firings.Select(f => f.Text));
                    break;
            }

            Check("facts", Facts(oracleSession), Facts(ourSession));
            if (oracle.HasReadmittedAtOldPlace)
            {
                // NRules removes from its agenda lazily: an activation an agenda filter rejected, then accepted again,
                // fires at its old place if its old entry is still queued; PerfDomain queues it again at the back.
                return new ScenarioResult(log, i);
            }

            var ourAgenda = ours.Agenda();
            Check("agenda", Canonical(oracle.Agenda()), Canonical(ourAgenda));
            Check("agenda order", ourAgenda.OrderByDescending(a => a.Priority).ThenBy(a => a.Epoch), ourAgenda);
        }

        return new ScenarioResult(log, scenario.Steps.Length);
    }

    /// <summary>
    /// The shapes whose B side NRules joins to A in a subnetwork (Exists, aggregates). When an update of A moves it from
    /// one B to another, NRules propagates it there as a retract then an assert: the activation is deleted and created
    /// again, so it goes to the back of the agenda and fires again, even a non-repeatable rule's. PerfDomain compares
    /// the match before and after the operation (see <see cref="KnownDivergenceTests"/>). With these shapes, updates
    /// keep the keys of A.
    /// </summary>
    private static readonly HashSet<Shape> SubnetShapes = [Shape.Exists, Shape.OrExists, Shape.Undo, Shape.Collect, Shape.SortedCollect, Shape.Select, Shape.LetHaving];

    private static object NewFact(Step step, int id, int offset) =>
        step.IsA ? new A(id, step.Key, (step.Val + offset) % 4) : new B(id, step.Key, (step.Val + offset) % 4);

    private static void Change(object fact, int key, int val, bool keepKeysOfA)
    {
        if (fact is A a)
        {
            (a.Key, a.Val) = (keepKeysOfA ? a.Key : key, val);
        }
        else
        {
            var b = (B)fact;
            (b.Key, b.Val) = (key, val);
        }
    }

    // NRules' Query enumerates a hash table, whose order after a retract is no contract: compare the facts as sets.
    private static List<string> Facts(ISession session) =>
        session.Query<object>().AsEnumerable().Select(MatchText.Of).Order(StringComparer.Ordinal).ToList();

    /// <summary>Firings or pending activations in an order both runtimes must agree on: by priority, then epoch, then text.</summary>
    private static List<TrackedFiring> Canonical(IEnumerable<TrackedFiring> items)
    {
        // Consecutive items of one (priority, epoch) are a tie: sorted by text. Not a global sort: a firing's actions
        // can queue an activation of higher priority that fires before the rest of an older tie.
        var result = new List<TrackedFiring>();
        foreach (var run in Runs(items))
        {
            result.AddRange(run.OrderBy(f => f.Text, StringComparer.Ordinal));
        }

        return result;
    }

    private static List<List<TrackedFiring>> Runs(IEnumerable<TrackedFiring> items)
    {
        var runs = new List<List<TrackedFiring>>();
        foreach (var item in items)
        {
            if (runs.Count > 0 && runs[^1][0] is { } head && head.Priority == item.Priority && head.Epoch == item.Epoch)
            {
                runs[^1].Add(item);
            }
            else
            {
                runs.Add([item]);
            }
        }

        return runs;
    }

    // Fire(n) ended inside a tie that both runtimes fired as many of, but not the same ones: from here the sessions may
    // rightly differ.
    private static bool StoppedInsideATie(TrackedSession oracle, TrackedSession ours)
    {
        var expected = Runs(oracle.Firings);
        var actual = Runs(ours.Firings);
        if (expected.Count == 0 || expected.Count != actual.Count)
        {
            return false;
        }

        for (var r = 0; r < expected.Count - 1; r++)
        {
            if (!Canonical(expected[r]).SequenceEqual(Canonical(actual[r])))
            {
                return false;
            }
        }

        var (last, ourLast) = (expected[^1], actual[^1]);
        var tie = (last[0].Priority, last[0].Epoch);
        return last.Count == ourLast.Count
            && (ourLast[0].Priority, ourLast[0].Epoch) == tie
            && !Canonical(last).SequenceEqual(Canonical(ourLast))
            && oracle.Agenda().Exists(p => (p.Priority, p.Epoch) == tie);
    }

    private static void Compare(Scenario scenario, int step, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail(
                $"{what} differ after step {step} ({scenario.Steps[step]}){Environment.NewLine}{scenario}{Environment.NewLine}" +
                $"NRules:     {string.Join(" | ", expected)}{Environment.NewLine}PerfDomain: {string.Join(" | ", actual)}");
        }
    }
}
