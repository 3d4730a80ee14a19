using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Fairness;
using static PerfDomain.Policies.Tests.Fairness.FairnessFixture;

namespace PerfDomain.Policies.Tests.Fairness;

/// <summary>Laws of the analysis over random labels and decisions on a fixed organisation of 40 employees (e-1 to e-40).</summary>
public sealed class FairnessPropertyTests
{
    private static readonly DecisionKind[] Kinds = [DecisionKind.RecognitionRecommended, DecisionKind.ImprovementPlanRecommended, DecisionKind.CheckInDue];

    /// <summary>A case: each of e-1 to e-36 in one of up to four groups or unlabelled (-1); the kinds each received (bit mask); the minimum group size. e-37 to e-40 are unlabelled and receive nothing.</summary>
    public sealed record Case(int[] Groups, int[] Received, int MinimumGroupSize)
    {
        public GroupLabels Labels(Func<string, string>? rename = null) =>
            FairnessFixture.Labels("a", Groups.Select((g, i) => (i + 1, g)).Where(x => x.g >= 0).Select(x => (x.Item1, (rename ?? (n => n))($"g{x.g}"))));

        public List<Decision> Decisions() =>
            [.. Received.SelectMany((mask, i) => Kinds.Where((_, k) => (mask & (1 << k)) != 0).Select(kind => Made(kind, i + 1)))];

        public FairnessReport Analyse(GroupLabels? labels = null) =>
            FairnessAnalysis.AnalyseDecisions(Forty.Value, AsOf, Decisions(), labels ?? Labels(), new FairnessOptions { MinimumGroupSize = MinimumGroupSize });
    }

    public static class Arbitraries
    {
        public static Arbitrary<Case> Cases() =>
            (from groups in Gen.Choose(-1, 3).ArrayOf(36)
             from received in Gen.Choose(0, 7).ArrayOf(36)
             from minimum in Gen.Choose(1, 8)
             select new Case(groups, received, minimum)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void RelabellingGroups_PermutesTheResults(Case c)
    {
        static string Rename(string group) => $"renamed-{(char)('z' - group[^1])}";
        var original = c.Analyse().Attributes.SingleOrDefault();
        var renamed = c.Analyse(c.Labels(Rename)).Attributes.SingleOrDefault();

        Assert.Equal(original is null, renamed is null);
        if (original is null || renamed is null)
        {
            return;
        }

        Assert.Equal(original.Groups.Select(Rename).Order(StringComparer.Ordinal), renamed.Groups);
        foreach (var (before, after) in original.Selection.Zip(renamed.Selection))
        {
            Assert.Equal(before.Kind, after.Kind);
            var expected = before.Groups.Select(g => g with { Group = Rename(g.Group) }).OrderBy(g => g.Group, StringComparer.Ordinal);
            if (before.ReferenceGroup is not null && before.Groups.Count(g => !g.Suppressed && g.ImpactRatio == 1.0) == 1)
            {
                // Ties for the most favoured are broken by name, which renaming may change; otherwise every figure moves with its group.
                Assert.Equal(Rename(before.ReferenceGroup), after.ReferenceGroup);
                Assert.Equal(expected, after.Groups);
            }
            else
            {
                Assert.Equal(expected.Select(g => (g.Group, g.Size, g.Selected, g.Rate, g.ImpactRatio, g.FourFifthsFlag)), after.Groups.Select(g => (g.Group, g.Size, g.Selected, g.Rate, g.ImpactRatio, g.FourFifthsFlag)));
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void AddingAnEmployeeWithNoDecisionToAGroup_LowersItsRate(Case c)
    {
        var group = c.Groups.FirstOrDefault(g => g >= 0, -1);
        if (group < 0)
        {
            return;
        }

        var before = c.Analyse();
        var groups = c.Groups.Concat([group]).ToArray(); // e-37: labelled now, and never receives anything
        var after = new Case(groups, [.. c.Received, 0], c.MinimumGroupSize).Analyse();

        var name = $"g{group}";
        foreach (var (was, now) in before.Attributes[0].Selection.Zip(after.Attributes[0].Selection))
        {
            var old = was.Groups.Single(g => g.Group == name);
            var grown = now.Groups.Single(g => g.Group == name);
            Assert.Equal(old.Size + 1, grown.Size);
            if (old.Rate is { } rate && grown.Rate is { } newRate)
            {
                Assert.True(rate == 0 ? newRate == 0 : newRate < rate, $"{was.Kind}: {rate} -> {newRate}");
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 80)]
    public void ImpactRatios_LieInZeroToOne_AndTheReferenceHasOne(Case c)
    {
        foreach (var selection in c.Analyse().Attributes.SelectMany(a => a.Selection))
        {
            Assert.All(selection.Groups.Where(g => g.ImpactRatio is not null), g => Assert.InRange(g.ImpactRatio!.Value, 0.0, 1.0));
            Assert.All(selection.Groups.Where(g => g.PValue is not null), g => Assert.InRange(g.PValue!.Value, 0.0, 1.0));
            if (selection.ReferenceGroup is { } reference)
            {
                Assert.Equal(1.0, selection.Groups.Single(g => g.Group == reference).ImpactRatio);
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 80)]
    public void Suppression_HidesEveryGroupBelowTheMinimum_AndOnlyThose(Case c)
    {
        var attribute = c.Analyse().Attributes.SingleOrDefault();
        foreach (var row in attribute?.Selection.SelectMany(s => s.Groups) ?? [])
        {
            var small = row.Size < c.MinimumGroupSize;
            Assert.Equal(small, row.Suppressed);
            if (small)
            {
                Assert.Equal((null, null, null, null, false), (row.Selected, row.Rate, row.ImpactRatio, row.PValue, row.FourFifthsFlag));
            }
            else
            {
                Assert.NotNull(row.Rate);
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public void TheAnalysis_NeverChangesTheDecisions(Case c)
    {
        var decisions = c.Decisions();
        var copy = decisions.ToList();

        FairnessAnalysis.AnalyseDecisions(Forty.Value, AsOf, decisions, c.Labels(), new FairnessOptions { MinimumGroupSize = c.MinimumGroupSize });

        Assert.Equal(copy, decisions);
    }

    /// <summary>Labels cannot reach a rule by design: no type outside the fairness namespace — no fact, no engine, no snapshot — mentions them.</summary>
    [Fact]
    public void NoFactTypeOrEngineApi_MentionsTheLabels()
    {
        Type[] fairness = [.. typeof(GroupLabels).Assembly.GetTypes().Where(t => t.Namespace == typeof(GroupLabels).Namespace)];
        var assemblies = new[] { typeof(GroupLabels).Assembly, typeof(PerfDomain.Snapshots.OrganizationSnapshot).Assembly, typeof(PerfDomain.Rules.RuleCompiler).Assembly };
        var others = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.Namespace != typeof(GroupLabels).Namespace).ToList();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        var mentions = others.SelectMany(t =>
                t.GetFields(all).Select(f => (t, f.Name, f.FieldType))
                    .Concat(t.GetProperties(all).Select(p => (t, p.Name, p.PropertyType)))
                    .Concat(t.GetMethods(all).Concat<MethodBase>(t.GetConstructors(all)).SelectMany(m => m.GetParameters().Select(p => (t, $"{m.Name}({p.Name})", p.ParameterType)))))
            .Where(x => fairness.Any(f => Mentions(x.Item3, f)))
            .Select(x => $"{x.t.FullName}.{x.Item2}")
            .ToList();

        Assert.Empty(mentions);
        Assert.Contains(typeof(PerfDomain.Policies.Facts.EmployeeFact), others);
    }

    private static bool Mentions(Type type, Type target) =>
        type == target || (type.HasElementType && Mentions(type.GetElementType()!, target)) || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, target)));
}
