using System.Globalization;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>
/// A rule whose shape is chosen at construction, named R{index}. NRules reads repeatability only from an attribute,
/// hence one subclass per repeatability.
/// </summary>
internal abstract class DynamicRule(RuleSpec spec, int index) : Rule
{
    public static IRuleDefinition Build(RuleSpec spec, int index) =>
        new RuleDefinitionFactory().Create(spec.Repeatable ? new RepeatableRule(spec, index) : new NonRepeatableRule(spec, index));

    public override void Define()
    {
        Name(string.Create(CultureInfo.InvariantCulture, $"R{index}"));
        Priority(spec.Priority);
        A a = null!;
        B b = null!;
        IEnumerable<B> bs = null!;
        IEnumerable<B> sorted = null!;
        IGrouping<int, B> g = null!;
        int v = 0;
        C c = null!;
        var t = spec.T;
        var k = spec.K;
        switch (spec.Shape)
        {
            case Shape.Single:
                When().Match(() => a, x => x.Val > t);
                break;
            case Shape.Join:
                When().Match(() => a, x => x.Val > t).Match(() => b, y => y.Key == a.Key);
                break;
            case Shape.JoinFilter:
                When().Match(() => a).Match(() => b, y => y.Key == a.Key, y => y.Val != a.Val);
                break;
            case Shape.Not:
                When().Match(() => a, x => x.Val > t).Not<B>(y => y.Key == a.Key);
                break;
            case Shape.Exists:
                When().Match(() => a).Exists<B>(y => y.Key == a.Key && y.Val > t);
                break;
            case Shape.Collect:
                When().Match(() => a).Query(() => bs, q => q.Match<B>(y => y.Key == a.Key).Collect().Where(x => x.Count() >= k));
                break;
            case Shape.SortedCollect:
                // Sorted on to the id, a total order: NRules' order among equal sort keys is how they reached it.
                When().Match(() => a, x => x.Val >= t).Query(() => sorted, q => q.Match<B>(y => y.Key == a.Key).Collect().OrderByDescending(y => y.Val).ThenBy(y => y.Id));
                break;
            case Shape.GroupBy:
                When().Query(() => g, q => q.Match<B>(y => y.Val > t).GroupBy(y => y.Key).Where(x => x.Count() >= k));
                break;
            case Shape.Or:
                When().Or(x => x.Match(() => a, p => p.Val > t).Match(() => a, p => p.Key == k));
                break;
            case Shape.OrExists:
                When().Or(x => x.Match(() => a, p => p.Val > t).And(y => y.Match(() => a).Exists<B>(q => q.Key == a.Key)));
                break;
            case Shape.All:
                // The base condition refers to an earlier fact: NRules evaluates All behind another pattern correctly only then.
                When().Match(() => a).All<B>(y => y.Key == a.Key, y => y.Val > t);
                break;
            case Shape.AllFirst:
                When().All<B>(y => y.Key == k, y => y.Val > t);
                break;
            case Shape.Select:
                // Each fact projects to its own value: NRules 1.0.4 throws when two facts of one match project to equal values.
                When().Match(() => a, x => x.Val >= t).Query(() => v, q => q.Match<B>(y => y.Key == a.Key).Select(y => (y.Id * 100) + y.Val + a.Val).Where(s => s % 100 > k));
                break;
            case Shape.LetHaving:
                When()
                    .Match(() => a)
                    .Query(() => bs, q => q.Match<B>(y => y.Key == a.Key).Collect())
                    .Let(() => v, () => bs.Sum(y => y.Val))
                    .Having(() => v > t + a.Val);
                break;
            case Shape.FilterWhere:
                When().Match(() => a).Match(() => b, y => y.Key == a.Key);
                Filter().Where(() => a.Val + b.Val > t);
                break;
            case Shape.OnChange:
                When().Match(() => a, x => x.Val >= t);
                Filter().OnChange(() => a.Key);
                break;
            case Shape.Undo:
                When().Match(() => a, x => x.Val > t).Exists<B>(y => y.Key == a.Key);
                Then().Do(_ => Nothing()).Undo(_ => Nothing());
                return;
            case Shape.Yield:
                When().Match(() => a, x => x.Val > t);
                Then().Yield(_ => new C(a, a.Key));
                return;
            case Shape.YieldUpdate:
                When().Match(() => a, x => x.Val > t);
                Then().Yield(_ => new C(a, a.Key), (_, old) => Rekey(old, a.Key));
                return;
            case Shape.JoinC:
                When().Match(() => c).Match(() => b, y => y.Key == c.Key);
                break;
            case Shape.NotC:
                When().Match(() => a).Not<C>(x => x.Source == a);
                break;
        }

        Then().Do(_ => Nothing());
    }

    private static void Nothing()
    {
    }

    private static C Rekey(C linked, int key)
    {
        linked.Key = key;
        return linked;
    }

    private sealed class RepeatableRule(RuleSpec spec, int index) : DynamicRule(spec, index);

    [Repeatability(RuleRepeatability.NonRepeatable)]
    private sealed class NonRepeatableRule(RuleSpec spec, int index) : DynamicRule(spec, index);
}
