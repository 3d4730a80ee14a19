using NRules.RuleModel;
using PerfDomain.Cli.Output;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Cli.Tests;

/// <summary>The why-not sentences of <c>explain</c> describe every condition of the built-in packs in words.</summary>
public sealed class WhyNotConditionTests
{
    public static TheoryData<string, string> BuiltInConditions()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in PolicyPacks.All.SelectMany(p => p.Rules))
        {
            foreach (var condition in ConditionsOf(rule.LeftHandSide).Distinct(StringComparer.Ordinal))
            {
                data.Add(rule.Name, condition);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BuiltInConditions))]
    public void Describe_EveryConditionOfTheBuiltInPacks_HasWordsWithoutTheExpression(string rule, string condition)
    {
        var words = WhyNot.Describe(condition);

        Assert.True(words is not null, $"{rule}: no words for '{condition}'");
        Assert.DoesNotContain("=>", words, StringComparison.Ordinal);
        Assert.DoesNotContain("(", words.Split(" (")[0], StringComparison.Ordinal);
    }

    private static IEnumerable<string> ConditionsOf(RuleElement element) => element switch
    {
        PatternElement pattern => pattern.Expressions.Select(e => e.Expression.ToString()).Concat(pattern.Source is { } source ? ConditionsOf(source) : []),
        AggregateElement aggregate => ConditionsOf(aggregate.Source),
        NotElement not => ConditionsOf(not.Source),
        ExistsElement exists => ConditionsOf(exists.Source),
        ForAllElement all => ConditionsOf(all.BasePattern).Concat(all.Patterns.SelectMany(ConditionsOf)),
        GroupElement group => group.ChildElements.SelectMany(ConditionsOf),
        _ => [],
    };
}
