using System.Globalization;
using PerfDomain.Rules.Fluent.Dsl;
using PerfDomain.Rules.RuleModel;

namespace PerfDomain.Rules.Tests.Oracle;

public sealed class A(int id, int key, int val)
{
    public int Id { get; } = id;

    public int Key { get; set; } = key;

    public int Val { get; set; } = val;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"A{Id}");
}

public sealed class B(int id, int key, int val)
{
    public int Id { get; } = id;

    public int Key { get; set; } = key;

    public int Val { get; set; } = val;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"B{Id}");
}

/// <summary>A fact yielded (linked) by the <see cref="Shape.Yield"/> rule.</summary>
public sealed class C(A source, int key)
{
    public A Source { get; } = source;

    public int Key { get; } = key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"C({Source},k{Key})");
}

public enum Shape
{
    Single,
    Join,
    JoinFilter,
    Not,
    Exists,
    Collect,
    GroupBy,
    Or,
    OrExists,
    All,
    Select,
    LetHaving,
    Yield,
    JoinC,
    NotC,
}

public sealed record RuleSpec(Shape Shape, int T, int K, int Priority, bool Repeatable)
{
    public override string ToString() => $"{Shape}(t={T}, k={K}, p={Priority}, {(Repeatable ? "rep" : "once")})";
}

public enum StepKind
{
    Insert,
    Update,
    Retract,
    Fire,
}

public sealed record Step(StepKind Kind, bool IsA, int Target, int Key, int Val, int Count)
{
    public override string ToString() => Kind switch
    {
        StepKind.Insert => $"Insert {(IsA ? "A" : "B")}(key={Key}, val={Val})",
        StepKind.Update => $"Update #{Target} to (key={Key}, val={Val})",
        StepKind.Retract => $"Retract #{Target}",
        _ => $"Fire({Count})",
    };
}

public sealed record Scenario(RuleSpec[] Rules, Step[] Steps)
{
    public override string ToString() =>
        $"Rules: {string.Join("; ", Rules.Select((r, i) => $"R{i}={r}"))}{Environment.NewLine}Steps: {string.Join("; ", Steps.Select(s => s.ToString()))}";
}

/// <summary>One rule class whose shape is chosen at construction; built through the internal definition builder.</summary>
internal sealed class DynamicRule(RuleSpec spec) : Rule
{
    public static IRuleDefinition Build(RuleSpec spec, int index) =>
        new DynamicRule(spec).BuildDefinition(
            string.Create(CultureInfo.InvariantCulture, $"R{index}"),
            spec.Priority,
            spec.Repeatable ? RuleRepeatability.Repeatable : RuleRepeatability.NonRepeatable);

    public override void Define()
    {
        A a = null!;
        B b = null!;
        IEnumerable<B> bs = null!;
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
                When().Match(() => a).Query(() => bs, q => q.Match<B>(y => y.Key == a.Key).Collect().Where(c => c.Count() >= k));
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
                When().Match(() => a).All<B>(y => y.Key == a.Key, y => y.Val > t);
                break;
            case Shape.Select:
                When().Match(() => a, x => x.Val >= t).Query(() => v, q => q.Match<B>(y => y.Key == a.Key).Select(y => y.Val + a.Val).Where(s => s > k));
                break;
            case Shape.LetHaving:
                When()
                    .Match(() => a)
                    .Query(() => bs, q => q.Match<B>(y => y.Key == a.Key).Collect())
                    .Let(() => v, () => bs.Sum(y => y.Val))
                    .Having(() => v > t + a.Val);
                break;
            case Shape.Yield:
                When().Match(() => a, x => x.Val > t);
                Then().Yield(_ => new C(a, a.Key));
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
}
