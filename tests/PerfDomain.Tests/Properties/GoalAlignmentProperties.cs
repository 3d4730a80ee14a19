using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Goals;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(GoalsArbitraries)], MaxTest = 300)]
public sealed class GoalAlignmentProperties
{
    [Property]
    public void AlignTo_AnySequence_NeverFormsACycle(AlignmentScenario scenario)
    {
        var goals = GoalsArbitraries.Build(scenario.Objectives);
        var parents = scenario.Objectives.Select(o => o.Parent).ToArray();
        var levels = scenario.Objectives.Select(o => o.Level).ToArray();

        foreach (var attempt in scenario.Attempts)
        {
            var expected = ExpectedRule(levels, parents, attempt);
            var parentId = attempt.Parent is { } p ? GoalsArbitraries.IdOf(p) : (ObjectiveId?)null;
            var ex = Record.Exception(() => goals.AlignTo(GoalsArbitraries.IdOf(attempt.Child), parentId, GoalsArbitraries.Day));

            if (expected is null)
            {
                Assert.Null(ex);
                parents[attempt.Child] = attempt.Parent;
            }
            else
            {
                Assert.Equal(expected, Assert.IsType<DomainRuleViolationException>(ex).Rule);
            }

            AssertAcyclic(goals, parents);
        }
    }

    [Property]
    public void AlignmentPath_AfterSetUp_EndsAtAnUnalignedObjectiveOfSameOrHigherLevel(AlignmentScenario scenario)
    {
        var goals = GoalsArbitraries.Build(scenario.Objectives);

        foreach (var objective in goals.Objectives)
        {
            var path = goals.AlignmentPath(objective.Id).ToList();
            var levels = path.Select(o => o.Level).Prepend(objective.Level).ToList();
            Assert.True(levels.Zip(levels.Skip(1)).All(pair => pair.First <= pair.Second), "levels never go down along a path");
            if (path.Count > 0)
            {
                Assert.Null(path[^1].ParentId);
            }
        }
    }

    private static string? ExpectedRule(GoalLevel[] levels, int?[] parents, AlignAttempt attempt)
    {
        if (attempt.Parent is not { } parent)
        {
            return null;
        }

        if (levels[parent] < levels[attempt.Child])
        {
            return "goals.alignment-level";
        }

        for (int? cursor = parent; cursor is { } c; cursor = parents[c])
        {
            if (c == attempt.Child)
            {
                return "goals.alignment-cycle";
            }
        }

        return null;
    }

    private static void AssertAcyclic(GoalSet goals, int?[] expectedParents)
    {
        for (var i = 0; i < expectedParents.Length; i++)
        {
            var id = GoalsArbitraries.IdOf(i);
            Assert.Equal(expectedParents[i] is { } p ? GoalsArbitraries.IdOf(p) : null, goals[id].ParentId);

            // Take one more than there are objectives: a cycle would make the path longer than that.
            var path = goals.AlignmentPath(id).Take(expectedParents.Length + 1).Select(o => o.Id).ToList();
            Assert.True(path.Count < expectedParents.Length, $"the path of {id} does not terminate: {string.Join(" → ", path)}");
            Assert.DoesNotContain(id, path);
            Assert.Equal(path.Count, path.Distinct().Count());
        }
    }
}
