using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Facts;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;
using PerfDomain.Testing.Rules;

namespace PerfDomain.Testing.Tests.Rules;

public sealed class PolicyRuleFixtureTests
{
    private static readonly LocalDate Today = new(2026, 11, 16);
    private static readonly EmployeeId Ada = new("e-ada");

    private static readonly Lazy<OrganizationSnapshot> Org = new(() => SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = 120, Seed = 5, Years = 2 }));

    [Theory]
    [InlineData(RuleRuntime.PerfDomain)]
    [InlineData(RuleRuntime.NRules)]
    public void AssertDecided_SnapshotAsOfADate_AgreesWithTheFullEngine(RuleRuntime runtime)
    {
        var expected = Engines.Default.Evaluate(Org.Value, Today).Decisions.Where(d => d.Explanation.Rule == RecognitionRule.RuleName).ToList();
        Assert.NotEmpty(expected);

        var fixture = PolicyRuleFixture.For<RecognitionRule>(runtime).InsertSnapshot(Org.Value, Today);

        fixture.AssertDecided<RecognitionRule>(expected.Count, DecisionKind.RecognitionRecommended);
        fixture.AssertDecided<RecognitionRule>(1, DecisionKind.RecognitionRecommended, d => d.EmployeeId == expected[0].EmployeeId, $"for {expected[0].EmployeeId}");
        fixture.AssertFired<RecognitionRule>(expected.Count);
        Assert.Equal(expected, fixture.DecisionsOf<RecognitionRule>());
    }

    [Theory]
    [InlineData(RuleRuntime.PerfDomain)]
    [InlineData(RuleRuntime.NRules)]
    public void AssertSingleDecision_HandMadeFacts_ReturnsTheDecision(RuleRuntime runtime)
    {
        var rating = Rating(2);
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>(runtime).Insert(new EvaluationDate(Today), Employee(), rating);

        var decision = fixture.AssertSingleDecision<RecogniseEveryoneRule>(DecisionKind.RecognitionRecommended, Ada);

        Assert.Equal(new CycleId("2026-h1"), decision.CycleId);
        fixture.AssertFired<RecogniseEveryoneRule>(1, rating);
    }

    [Theory]
    [InlineData(RuleRuntime.PerfDomain)]
    [InlineData(RuleRuntime.NRules)]
    public void AssertDecided_WrongCount_FailsListingWhatFired(RuleRuntime runtime)
    {
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>(runtime).Insert(new EvaluationDate(Today), Employee(), Rating(2));

        var failure = Assert.Throws<PolicyRuleAssertionException>(() => fixture.AssertDecided<RecogniseEveryoneRule>(2, DecisionKind.RecognitionRecommended, d => d.EmployeeId == Ada, "for Ada"));

        Assert.Contains("expected rule 'broken.recognise-everyone' to make 2 recognitionRecommended decision(s) for Ada, but it made 1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Decisions made (1):", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Rules fired (1):", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Rating r-ada", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleRuntime.PerfDomain)]
    [InlineData(RuleRuntime.NRules)]
    public void AssertDecided_RuleDidNotMatch_FailsWithWhyNot(RuleRuntime runtime)
    {
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>(runtime).Insert(new EvaluationDate(Today), Employee() with { Status = EmploymentStatus.OnLeave }, Rating(5));

        var failure = Assert.Throws<PolicyRuleAssertionException>(() => fixture.AssertDecided<RecogniseEveryoneRule>(1, DecisionKind.RecognitionRecommended));

        Assert.Contains("but it made 0", failure.Message, StringComparison.Ordinal);
        Assert.Contains("No rule fired.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Rule 'broken.recognise-everyone' has no match.", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleRuntime.PerfDomain)]
    [InlineData(RuleRuntime.NRules)]
    public void AssertNoDecision_RuleDecided_Fails(RuleRuntime runtime)
    {
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>(runtime).Insert(new EvaluationDate(Today), Employee(), Rating(1));

        var failure = Assert.Throws<PolicyRuleAssertionException>(fixture.AssertNoDecision<RecogniseEveryoneRule>);

        Assert.Contains("to make no decision, but it made 1", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RuleRuntime.PerfDomain)]
    [InlineData(RuleRuntime.NRules)]
    public void AssertFired_FactNotInAnyFiring_Fails(RuleRuntime runtime)
    {
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>(runtime).Insert(new EvaluationDate(Today), Employee(), Rating(3));

        var failure = Assert.Throws<PolicyRuleAssertionException>(() => fixture.AssertFired<RecogniseEveryoneRule>(1, Rating(4)));

        Assert.Contains("never fired with the fact Rating r-ada", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_AfterFiring_Throws()
    {
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>().Insert(new EvaluationDate(Today)).Fire();

        Assert.Throws<InvalidOperationException>(() => fixture.Insert(Employee()));
        Assert.Empty(fixture.Decisions);
    }

    [Fact]
    public void Constructor_NotAPolicyRule_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PolicyRuleFixture(typeof(string)));
        Assert.Throws<ArgumentException>(() => new PolicyRuleFixture());
    }

    [Fact]
    public void AssertDecided_RuleNotUnderTest_Throws()
    {
        var fixture = PolicyRuleFixture.For<RecogniseEveryoneRule>();

        Assert.Throws<ArgumentException>(() => fixture.AssertDecided<RecognitionRule>(0, DecisionKind.RecognitionRecommended));
    }

    private static EmployeeFact Employee() =>
        new(Ada, new EmployeeId("e-boss"), null, new OrgUnitId("u-1"), EmploymentStatus.Active, new LocalDate(2020, 1, 6), new LocalDate(2020, 1, 6), 3, null, null, null, null, null, null);

    private static RatingFact Rating(int rating) =>
        new(new ReviewId("r-ada"), Ada, new CycleId("2026-h1"), 3, rating, $"rating {rating}", 5, 3, new LocalDate(2026, 7, 20), IsLatest: true);
}
