using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.Rules.Consequences;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>How the packs work together, through the full default engine.</summary>
public sealed class ChainingTests
{
    private static readonly EmployeeId E1 = new("e-1");

    private static readonly DecisionKind[] Consequences =
    [
        DecisionKind.RecognitionRecommended,
        DecisionKind.PromotionReadinessFlagged,
        DecisionKind.DevelopmentPlanRecommended,
        DecisionKind.ImprovementPlanRecommended,
        DecisionKind.FeedbackDocumentationRequested,
    ];

    [Fact]
    public void Evaluate_NoSurprises_FeedbackExactlyNinetyDaysOld_AsksForFeedbackInsteadOfAPlan()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().DownwardFeedback("e-1", D(2026, 9, 2)).Build();

        var kinds = DefaultEngine.Evaluate(snapshot, D(2026, 12, 1)).For(E1).Select(d => d.Kind).ToList();

        Assert.Contains(DecisionKind.FeedbackDocumentationRequested, kinds);
        Assert.DoesNotContain(DecisionKind.ImprovementPlanRecommended, kinds);
    }

    [Fact]
    public void Evaluate_NoSurprises_FeedbackEightyNineDaysOld_RecommendsThePlanAndNoFeedbackRequest()
    {
        var snapshot = ImprovementPlanRuleTests.TwoLowRatings().DownwardFeedback("e-1", D(2026, 9, 3)).Build();

        var kinds = DefaultEngine.Evaluate(snapshot, D(2026, 12, 1)).For(E1).Select(d => d.Kind).ToList();

        Assert.Contains(DecisionKind.ImprovementPlanRecommended, kinds);
        Assert.DoesNotContain(DecisionKind.FeedbackDocumentationRequested, kinds);
    }

    [Fact]
    public void Evaluate_UncalibratedReviews_NeverYieldConsequences()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2025, 1, calibrate: false).ManagerReview("e-1", 2026, 1, calibrate: false).DownwardFeedback("e-1", D(2026, 10, 1))
            .Hire("e-2").ManagerReview("e-2", 2025, 5, calibrate: false).ManagerReview("e-2", 2026, 5, calibrate: false)
            .Build();

        var outcome = DefaultEngine.Evaluate(snapshot, D(2026, 12, 15));

        Assert.DoesNotContain(outcome.Decisions, d => Consequences.Contains(d.Kind));
    }

    [Fact]
    public void Evaluate_ImprovementPlanInProgress_OverdueCheckInGoesToHumanResourcesAtOnce()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).CheckIn("e-1", D(2026, 3, 2)).Build();

        var overdue = Assert.Single(DefaultEngine.Evaluate(snapshot, D(2026, 3, 17)).For(E1), d => d.Kind == DecisionKind.CheckInOverdue);

        Assert.Equal(EscalationLevel.HumanResources, overdue.EscalateTo);
    }

    [Fact]
    public void Evaluate_OverridePrecedence_IndividualThenUnitThenCompany()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Hire("e-2").Hire("e-3", unit: OrganizationBuilder.Company)
            .CheckIn("e-1", D(2026, 3, 1)).CheckIn("e-2", D(2026, 3, 1)).CheckIn("e-3", D(2026, 3, 1)).Build();
        var parameters = WithCadence(c => c with
        {
            OrgUnitCheckInIntervalDays = new Dictionary<string, int> { ["engineering"] = 20 },
            EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 10 },
        });

        var due = DefaultEngine.Evaluate(snapshot, D(2026, 3, 5), parameters).Decisions.Where(d => d.Kind == DecisionKind.CheckInDue).ToDictionary(d => d.EmployeeId.Value, d => d.DueOn);

        Assert.Equal(D(2026, 3, 11), due["e-1"]);
        Assert.Equal(D(2026, 3, 21), due["e-2"]);
        Assert.Equal(D(2026, 3, 31), due["e-3"]);
    }

    [Fact]
    public void Evaluate_Leave_PausesTheCadenceAndSilencesEverythingWhileAway()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).ManagerReview("e-1", 2025, 5).Leave("e-1", D(2026, 3, 10), D(2026, 3, 20)).Build();

        Assert.Empty(DefaultEngine.Evaluate(snapshot, D(2026, 3, 15)).For(E1));
        var due = Assert.Single(DefaultEngine.Evaluate(snapshot, D(2026, 3, 25)).For(E1), d => d.Kind == DecisionKind.CheckInDue);
        Assert.Equal(D(2026, 4, 10), due.DueOn);
    }

    [Fact]
    public void Evaluate_Probation_FourteenDayCadenceAndProbationReviews()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1), probation: true).Build();

        var decisions = DefaultEngine.Evaluate(snapshot, D(2026, 3, 24)).For(E1).ToList();

        Assert.Equal(D(2026, 3, 15), Assert.Single(decisions, d => d.Kind == DecisionKind.CheckInOverdue || d.Kind == DecisionKind.CheckInDue).DueOn);
        Assert.Equal("day 30", Assert.Single(decisions, d => d.Kind == DecisionKind.ProbationReviewDue).Subject);
    }

    [Fact]
    public void Evaluate_TopRatingAfterLowRating_NoContradiction()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2025, 1).ManagerReview("e-1", 2026, 5).DownwardFeedback("e-1", D(2026, 10, 1)).Build();

        var kinds = DefaultEngine.Evaluate(snapshot, D(2026, 12, 1)).For(E1).Select(d => d.Kind).ToList();

        Assert.Contains(DecisionKind.RecognitionRecommended, kinds);
        Assert.DoesNotContain(DecisionKind.ImprovementPlanRecommended, kinds);
        Assert.DoesNotContain(DecisionKind.DevelopmentPlanRecommended, kinds);
    }
}
