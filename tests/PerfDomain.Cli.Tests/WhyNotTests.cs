using System.Linq.Expressions;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NRules.RuleModel;
using PerfDomain.Cli.Output;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Cli.Tests;

/// <summary>Every condition of the built-in rules has words for explain's "why not", and no explanation of the sample shows engine text.</summary>
public sealed partial class WhyNotTests
{
    // Text of the engine's report that an HR reader should never see without --verbose.
    private static readonly string[] EngineText = ["=>", "Match<", "Query(", "Convert(", "Alternative ", "element ", "AndAlso", "OrElse", "today.AsOf", "partial match", ".Value", "(0/", "fails "];

    public static TheoryData<string> Employees()
    {
        var data = new TheoryData<string>();
        foreach (var employee in JsonNode.Parse(File.ReadAllText(Cli.SamplePath))!["employees"]!.AsArray())
        {
            data.Add(employee!["id"]!.GetValue<string>());
        }

        return data;
    }

    [Fact]
    public void EveryConditionOfEveryBuiltInRule_HasAPlainDescription()
    {
        var missing = new List<string>();
        var conditions = 0;
        foreach (var rule in PolicyPacks.All.SelectMany(p => p.Rules))
        {
            foreach (var condition in Conditions(rule.LeftHandSide).Select(c => c.ToString()).Where(c => !IsJoinOnIds(c)))
            {
                conditions++;
                if (WhyNot.Describe(condition) is not { } words)
                {
                    missing.Add($"{rule.Name}: {condition}");
                }
                else
                {
                    Assert.DoesNotMatch(@"[=<>{}]|\.\w|\w\(", words);
                }
            }
        }

        Assert.True(conditions > 30, $"only {conditions} conditions found");
        Assert.True(missing.Count == 0, "no description for:\n" + string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Employees))]
    public void Explain_EveryEmployeeOfTheSample_HasNoEngineTextUnlessVerbose(string employee)
    {
        var result = Cli.Run("explain", employee);

        Assert.Equal(0, result.ExitCode);
        foreach (var text in EngineText)
        {
            Assert.DoesNotContain(text, result.Stdout, StringComparison.Ordinal);
        }

        // The fallback when no condition is described: every failed condition has words.
        Assert.DoesNotContain("--verbose shows the condition", result.Stdout, StringComparison.Ordinal);
        Assert.All(result.Stdout.Split('\n'), l => Assert.True(l.Length <= 100, l));
    }

    [Fact]
    public void Explain_Verbose_AddsTheEngineReport()
    {
        var verbose = Cli.Run("explain", "e-018", "--verbose").Stdout;

        Assert.Contains("engine:     Alternative 0: element ", verbose, StringComparison.Ordinal);
        Assert.Contains("=>", verbose, StringComparison.Ordinal);
    }

    // A join that only pairs a fact with its employee, manager or cycle: it cannot fail in an explanation, whose
    // session holds one employee's facts.
    private static bool IsJoinOnIds(string condition) => JoinOnIds().IsMatch(condition);

    private static IEnumerable<LambdaExpression> Conditions(RuleElement element) => element switch
    {
        GroupElement group => group.ChildElements.SelectMany(Conditions),
        PatternElement pattern => pattern.Expressions.Select(e => e.Expression).Concat(pattern.Source is { } source ? Conditions(source) : []),
        AggregateElement aggregate => Conditions(aggregate.Source),
        ExistsElement exists => Conditions(exists.Source),
        NotElement not => Conditions(not.Source),
        ForAllElement all => Conditions(all.BasePattern).Concat(all.Patterns.SelectMany(Conditions)),
        _ => [],
    };

    [GeneratedRegex(@"^\(?[\w$, ]+\)? => \(?[\w$]+(\.\w+)*\.\w*Id == (Convert\()?[\w$]+(\.\w+)*\.\w*Id(, Nullable`1\))?\)?$")]
    private static partial Regex JoinOnIds();
}
