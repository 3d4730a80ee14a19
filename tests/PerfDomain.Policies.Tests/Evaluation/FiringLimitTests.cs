using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Rules;
using static PerfDomain.Policies.Tests.TestSupport.Dates;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>A runaway chain of rules stops at the engine's firing limit, on either runtime, naming the rule.</summary>
public sealed class FiringLimitTests
{
    private static PolicyEngine Engine(int limit) =>
        TestRuntime.CreateBuilder()
            .AddDefaultPacks()
            .AddPack(new PolicyPack("runaway-pack", "0.0.1", "A rule that never stops.", [typeof(RunawayRule)], [new RunawayCounter()]))
            .UseFiringLimit(limit)
            .Build();

    [Fact]
    public void Evaluate_RunawayRule_StopsAtTheLimitNamingTheRule()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        var ex = Assert.Throws<FiringLimitExceededException>(() => Engine(500).Evaluate(snapshot, D(2026, 3, 10)));

        Assert.Equal(500, ex.Limit);
        Assert.Equal(RunawayRule.RuleName, ex.RuleNames[0]);
        Assert.Contains(RunawayRule.RuleName, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePartition_RunawayRule_StopsAtTheLimit()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        var ex = Assert.Throws<FiringLimitExceededException>(() => Engine(300).CreatePartition(snapshot, D(2026, 3, 10)));

        Assert.Equal(RunawayRule.RuleName, ex.RuleNames[0]);
    }

    [Fact]
    public void Evaluate_LimitAboveWhatTheRulesNeed_DecidesAsWithoutALimit()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Build();
        var unlimited = TestRuntime.CreateBuilder().AddDefaultPacks().Build().Evaluate(snapshot, D(2026, 3, 10));

        var limited = TestRuntime.CreateBuilder().AddDefaultPacks().UseFiringLimit(unlimited.RulesFired).Build().Evaluate(snapshot, D(2026, 3, 10));

        Assert.Equal(unlimited.Decisions, limited.Decisions);
        Assert.Throws<FiringLimitExceededException>(() => TestRuntime.CreateBuilder().AddDefaultPacks().UseFiringLimit(unlimited.RulesFired - 1).Build().Evaluate(snapshot, D(2026, 3, 10)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void UseFiringLimit_NotPositive_Throws(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PolicyEngine.CreateBuilder().UseFiringLimit(limit));
    }
}
