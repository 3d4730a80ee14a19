using System.Globalization;
using PerfDomain.Rules.Network;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules.Diagnostics;

/// <summary>Builds a <see cref="WhyNotReport"/> by walking a rule's partial matches, element by element.</summary>
/// <remarks>Evaluates conditions silently: no events, no exceptions.</remarks>
internal static class WhyNotAnalyzer
{
    private const int MaxPartialMatches = 10_000;
    private const int MaxTokensPerCandidate = 50;
    private const int MaxCandidates = 5;

    public static WhyNotReport Analyze(Session session, CompiledRule rule)
    {
        var hasMatch = session.HasActivations(rule);
        return new WhyNotReport(rule.Definition.Name, hasMatch, rule.Branches.Select(b => Analyze(session, b)).ToArray());
    }

    private static string[] Describe(Branch branch) => branch.Elements.Select(e => e.ToString()!).ToArray();

    private static WhyNotBranch Analyze(Session session, Branch branch)
    {
        var level = new List<Token> { session.RootOf(branch) };
        for (var i = 0; i < branch.Nodes.Count; i++)
        {
            var node = branch.Nodes[i];
            var next = level.SelectMany(node.Outputs).Take(MaxPartialMatches).ToList();
            if (next.Count == 0)
            {
                var (candidates, reason) = Diagnose(session, node, level);
                var explanation = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Alternative {branch.Index}: element {i} '{branch.Elements[i]}' has no match for any of the {level.Count} partial match(es) before it; {reason}");
                return new WhyNotBranch(branch.Index, Describe(branch), i, level.Count, candidates, explanation);
            }

            level = next;
        }

        return new WhyNotBranch(
            branch.Index,
            Describe(branch),
            null,
            level.Count,
            [],
            string.Create(CultureInfo.InvariantCulture, $"Alternative {branch.Index} matches ({level.Count} match(es))."));
    }

    private static (IReadOnlyList<CandidateFact> Candidates, string Reason) Diagnose(Session session, BetaNode node, List<Token> parents)
    {
        switch (node)
        {
            case NegationNode { IsExists: false } not:
                var blockers = parents
                    .Select(t => t.NodeState).OfType<LeftState>()
                    .SelectMany(s => s.MatchedFacts).Distinct().OrderBy(f => f.Id).Take(MaxCandidates)
                    .Select(f => new CandidateFact(f.Value!, Total(not), Total(not), [])).ToArray();
                return (blockers, "it is blocked by the facts listed, which match the negated pattern.");
            case AggregateNode aggregate:
                var sources = parents
                    .Select(t => t.NodeState).OfType<LeftState>()
                    .SelectMany(s => s.MatchedFacts).Distinct().OrderBy(f => f.Id).ToArray();
                var listed = sources.Take(MaxCandidates).Select(f => new CandidateFact(f.Value!, Total(aggregate), Total(aggregate), [])).ToArray();
                return (listed, string.Create(CultureInfo.InvariantCulture, $"the query read {sources.Length} source fact(s) but produced no result that passes its conditions."));
            case JoinLikeNode join:
                return (Rank(session, join, parents), string.Create(CultureInfo.InvariantCulture, $"the facts of type {join.FactType.Name} closest to matching are listed."));
            case FilterNode filter:
                return ([], $"the condition '{filter.Condition.Text}' is false for all of them.");
            default:
                return ([], "its expression failed for all of them.");
        }
    }

    private static int Total(JoinLikeNode node) => node.AlphaConditions.Length + (node.Join is null ? 0 : 1) + node.JoinConditions.Length;

    private static CandidateFact[] Rank(Session session, JoinLikeNode node, List<Token> parents)
    {
        var tokens = parents.Take(MaxTokensPerCandidate).ToList();
        var candidates = new List<(CandidateFact Candidate, long Id)>();
        foreach (var fact in session.Facts.Where(f => node.FactType.IsAssignableFrom(f.Type)))
        {
            var failed = new List<string>();
            foreach (var condition in node.AlphaConditions)
            {
                if (!Silently(() => condition.Invoke(null, fact.Value)))
                {
                    failed.Add(condition.Text);
                }
            }

            List<string>? bestJoinFailures = null;
            foreach (var token in tokens)
            {
                var joinFailures = new List<string>();
                if (node.Join is { } equality)
                {
                    var joined = Silently(() => equality.Comparer.Equals(
                        equality.RightKey.Invoke(null, fact.Value) ?? JoinMemory.NullKey,
                        equality.LeftKey.Invoke(token, null) ?? JoinMemory.NullKey));
                    if (!joined)
                    {
                        joinFailures.Add(equality.Text);
                    }
                }

                foreach (var condition in node.JoinConditions)
                {
                    if (!Silently(() => condition.Invoke(token, fact.Value)))
                    {
                        joinFailures.Add(condition.Text);
                    }
                }

                if (bestJoinFailures is null || joinFailures.Count < bestJoinFailures.Count)
                {
                    bestJoinFailures = joinFailures;
                }
            }

            failed.AddRange(bestJoinFailures ?? []);
            var total = Total(node);
            candidates.Add((new CandidateFact(fact.Value!, total - failed.Count, total, failed), fact.Id));
        }

        return candidates
            .OrderByDescending(c => c.Candidate.SatisfiedConditions)
            .ThenBy(c => c.Id)
            .Take(MaxCandidates)
            .Select(c => c.Candidate)
            .ToArray();
    }

    private static bool Silently(Func<bool> test)
    {
        try
        {
            return test();
        }
#pragma warning disable CA1031 // A diagnostic must not fail because a condition throws: a throwing condition counts as failed.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
