using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Snapshots;

using PerfDomain.Policies.Tests.TestSupport;

namespace PerfDomain.Policies.Tests.Evaluation;

public sealed class SampleOrganizationEvaluationTests
{
    private static readonly OrganizationSnapshot Sample = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json"));
    private static readonly PolicyEngine Engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
    private static readonly LocalDate AsOf = Sample.ReferenceDate!.Value;

    [Fact]
    public void Evaluate_Sample_OverdueCheckInOfJonasBerg_EscalatesToHumanResources()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);

        var overdue = Assert.Single(outcome.For(new EmployeeId("e-018")), d => d.Kind == DecisionKind.CheckInOverdue);
        Assert.Equal(EscalationLevel.HumanResources, overdue.EscalateTo);
        Assert.Equal(new LocalDate(2026, 10, 7), overdue.DueOn);
        Assert.Equal("cadence.check-in-overdue", overdue.Explanation.Rule);
        Assert.Equal("review-cadence", overdue.Explanation.Pack);
        Assert.Contains(overdue.Explanation.Facts, f => f.Type == "Employee" && f.Id == "e-018" && f.Values["lastCheckInOn"] == "2026-09-07");
    }

    [Fact]
    public void Evaluate_Sample_TwoLowRatingsWithDocumentedFeedback_RecommendImprovementPlanNeedingApproval()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);

        var plan = Assert.Single(outcome.For(new EmployeeId("e-034")), d => d.Kind == DecisionKind.ImprovementPlanRecommended);
        Assert.True(plan.RequiresApproval);
        Assert.Equal("60", plan.Explanation.Parameters["improvementPlanDurationDays"]);
        Assert.Equal(2, plan.Explanation.Facts.Count(f => f.Type == "Rating"));
    }

    [Fact]
    public void Evaluate_Sample_IdenticalRatingsOfOneManager_AdviseCalibrationReview()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);

        var advice = Assert.Single(outcome.Decisions, d => d.Kind == DecisionKind.CalibrationReviewRecommended);
        Assert.Equal(new EmployeeId("e-014"), advice.EmployeeId);
        Assert.False(advice.RequiresApproval);
        Assert.Equal(6, advice.Explanation.Facts.Count(f => f.Type == "ManagerRating"));
    }

    [Fact]
    public void Evaluate_Sample_SustainedTopPerformer_IsFlaggedForPromotion()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);

        Assert.Contains(outcome.For(new EmployeeId("e-017")), d => d.Kind == DecisionKind.PromotionReadinessFlagged);
    }

    [Fact]
    public void Evaluate_Sample_NewManager_GetsManagerTraining()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);

        Assert.Contains(outcome.For(new EmployeeId("e-012")), d => d.Kind == DecisionKind.ManagerTrainingRecommended);
    }

    [Fact]
    public void Evaluate_Sample_EmployeeOnLeave_GetsNoCheckInOrConsequence()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);

        Assert.Empty(outcome.For(new EmployeeId("e-045")));
    }

    [Fact]
    public void Evaluate_SameInputsTwice_GivesTheSameDecisionsInTheSameOrder()
    {
        var first = Engine.Evaluate(Sample, AsOf);
        var second = TestRuntime.CreateBuilder().AddDefaultPacks().Build().Evaluate(SnapshotReader.Read(SnapshotWriter.Write(Sample)), AsOf);

        Assert.Equal(first.Decisions, second.Decisions);
        Assert.Equal(first.Decisions.OrderBy(d => d, DecisionOrder.Instance), first.Decisions);
    }

    [Fact]
    public void Evaluate_Sample_EveryDecisionIsExplainedByFactsOfTheSnapshot()
    {
        var outcome = Engine.Evaluate(Sample, AsOf);
        var employees = Sample.Employees.Select(e => e.Id.Value).ToHashSet();
        var reviews = Sample.Reviews.Select(r => r.Id.Value).ToHashSet();

        Assert.All(outcome.Decisions, d =>
        {
            Assert.Equal(AsOf, d.Explanation.AsOf);
            Assert.False(string.IsNullOrWhiteSpace(d.Explanation.Reason));
            Assert.Contains(d.EmployeeId.Value, employees);
            Assert.All(d.Explanation.Facts.Where(f => f.Type == "Employee"), f => Assert.Contains(f.Id, employees));
            Assert.All(d.Explanation.Facts.Where(f => f.Type is "Rating" or "ManagerRating"), f => Assert.Contains(f.Id, reviews));
        });
    }
}
