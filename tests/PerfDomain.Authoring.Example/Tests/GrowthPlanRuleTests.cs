using NodaTime;
using PerfDomain.Authoring.Example.Pack;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Reviews;
using PerfDomain.Testing.Rules;

namespace PerfDomain.Authoring.Example.Tests;

public sealed class GrowthPlanRuleTests
{
    private static readonly LocalDate Today = new(2026, 11, 16);
    private static readonly EmployeeId Grace = new("e-grace");

    [Fact]
    public void MeetsExpectationsAtLevelThree_RecommendsAGrowthPlan()
    {
        var fixture = PolicyRuleFixture.For<EngineeringGrowthPlanRule>()
            .Insert(new EvaluationDate(Today), new EngineeringPromotionParameters(), Engineer(level: 3), Rating(3));

        var decision = fixture.AssertSingleDecision<EngineeringGrowthPlanRule>(DecisionKind.DevelopmentPlanRecommended, Grace);

        Assert.Equal(new CycleId("2026-h1"), decision.CycleId);
        Assert.True(decision.RequiresApproval);
        Assert.Equal("engineering-promotion", decision.Explanation.Pack);
        Assert.Equal("1.0.0", decision.Explanation.PackVersion);
        Assert.Equal("3", decision.Explanation.Parameters["minimumLevel"]);
        Assert.StartsWith("Agree a growth plan towards level 4", decision.Explanation.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 3)] // below the minimum level
    [InlineData(3, 2)] // below meets expectations: the built-in development plan rule's case
    [InlineData(3, 4)] // in the top two: a promotion case, not a growth plan
    public void OutsideTheRule_NoDecision(int level, int rating)
    {
        var fixture = PolicyRuleFixture.For<EngineeringGrowthPlanRule>()
            .Insert(new EvaluationDate(Today), new EngineeringPromotionParameters(), Engineer(level), Rating(rating));

        fixture.AssertNoDecision<EngineeringGrowthPlanRule>();
    }

    [Fact]
    public void ActiveDevelopmentPlan_NoDecision()
    {
        var plan = new DevelopmentPlanFact(new DevelopmentPlanId("dp-grace"), Grace, new LocalDate(2026, 8, 1), new HashSet<CompetencyId>());
        var fixture = PolicyRuleFixture.For<EngineeringGrowthPlanRule>()
            .Insert(new EvaluationDate(Today), new EngineeringPromotionParameters(), Engineer(level: 3), Rating(3), plan);

        fixture.AssertNoDecision<EngineeringGrowthPlanRule>();
    }

    [Fact]
    public void LowerMinimumLevel_ReachesTheRuleAsAFact()
    {
        var fixture = PolicyRuleFixture.For<EngineeringGrowthPlanRule>()
            .Insert(new EvaluationDate(Today), new EngineeringPromotionParameters { MinimumLevel = 2 }, Engineer(level: 2), Rating(3));

        fixture.AssertDecided<EngineeringGrowthPlanRule>(1, DecisionKind.DevelopmentPlanRecommended, d => d.EmployeeId == Grace, "for Grace");
    }

    [Fact]
    public void UnitNotCovered_NoDecision()
    {
        var parameters = new EngineeringPromotionParameters { OrgUnits = [new OrgUnitId("u-platform")] };
        var fixture = PolicyRuleFixture.For<EngineeringGrowthPlanRule>()
            .Insert(new EvaluationDate(Today), parameters, Engineer(level: 3), Rating(3));

        fixture.AssertNoDecision<EngineeringGrowthPlanRule>();
    }

    private static EmployeeFact Engineer(int level) =>
        new(Grace, new EmployeeId("e-lead"), null, new OrgUnitId("u-eng"), EmploymentStatus.Active, new LocalDate(2021, 3, 1), new LocalDate(2024, 5, 1), level, null, null, null, null, null, null);

    private static RatingFact Rating(int rating) =>
        new(new ReviewId("r-grace"), Grace, new CycleId("2026-h1"), 3, rating, $"rating {rating}", 5, 3, new LocalDate(2026, 7, 20), IsLatest: true);
}
