using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Development;

public sealed class TrainingRuleTests
{
    [Fact]
    public void Fire_CompetencyRatedBelowMeets_RecommendsTraining()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3, competencies: [("communication", 2), ("delivery", 4)]).Build();

        var training = Assert.Single(FireFor<TrainingRule>(snapshot, D(2026, 12, 1), "e-1"));

        Assert.Equal(DecisionKind.TrainingRecommended, training.Kind);
        Assert.Equal(new EmployeeId("e-1"), training.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, training.CycleId);
        Assert.Equal("communication", training.Subject);
        Assert.Null(training.DueOn);
        Assert.False(training.RequiresApproval);
        AssertExplained(training, "development-triggers", "development.training", D(2026, 12, 1), [], ["CompetencyRating", "Employee"], "'communication'", "rated it 2", "below meets (3)", "cycle-2026");
    }

    [Fact]
    public void Fire_CompetencyAtMeets_NoTraining()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3, competencies: [("communication", 3)]).Build();

        Assert.Empty(FireFor<TrainingRule>(snapshot, D(2026, 12, 1), "e-1"));
    }

    [Fact]
    public void Fire_ActivePlanDevelopsTheCompetency_NoTraining_PlanForAnotherCompetencyDoesNotCount()
    {
        var snapshot = new OrganizationBuilder()
            .Hire("e-1").ManagerReview("e-1", 2026, 3, competencies: [("communication", 2)]).DevelopmentPlan("e-1", D(2026, 11, 25), null, "communication")
            .Hire("e-2").ManagerReview("e-2", 2026, 3, competencies: [("communication", 2)]).DevelopmentPlan("e-2", D(2026, 11, 25), null, "craft")
            .Build();

        Assert.Empty(FireFor<TrainingRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Single(FireFor<TrainingRule>(snapshot, D(2026, 12, 1), "e-2"));
    }

    [Fact]
    public void Fire_BeforeTheReviewIsSubmitted_NoTraining()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3, submittedOn: D(2026, 11, 10), competencies: [("communication", 2)]).Build();

        Assert.Empty(FireFor<TrainingRule>(snapshot, D(2026, 11, 9), "e-1"));
        Assert.Single(FireFor<TrainingRule>(snapshot, D(2026, 11, 10), "e-1"));
    }

    [Fact]
    public void Fire_OnlyTheLatestReviewedCycleCounts()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1")
            .ManagerReview("e-1", 2025, 3, competencies: [("communication", 1)])
            .ManagerReview("e-1", 2026, 3, competencies: [("communication", 4)])
            .Build();

        Assert.Empty(FireFor<TrainingRule>(snapshot, D(2026, 12, 1), "e-1"));
        Assert.Equal(OrganizationBuilder.Cycle2025, Assert.Single(FireFor<TrainingRule>(snapshot, D(2026, 11, 9), "e-1")).CycleId);
    }

    [Fact]
    public void Fire_OnLeave_NoTraining()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").ManagerReview("e-1", 2026, 3, competencies: [("communication", 2)]).Leave("e-1", D(2026, 11, 25)).Build();

        Assert.Empty(FireFor<TrainingRule>(snapshot, D(2026, 12, 1), "e-1"));
    }
}
