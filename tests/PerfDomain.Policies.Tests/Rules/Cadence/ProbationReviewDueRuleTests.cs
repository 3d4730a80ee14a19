using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class ProbationReviewDueRuleTests
{
    // Hired on probation 2026-03-01: reviews on 03-31 (day 30), 04-30 (day 60) and 05-30 (day 90), each announced 7 days ahead.
    private static Snapshots.OrganizationSnapshot OnProbation() => new OrganizationBuilder().Hire("e-1", D(2026, 3, 1), probation: true).Build();

    [Fact]
    public void Fire_SevenDaysBeforeDayThirty_AnnouncesTheThirtyDayReview()
    {
        var due = Assert.Single(FireFor<ProbationReviewDueRule>(OnProbation(), D(2026, 3, 24), "e-1"));

        Assert.Equal(DecisionKind.ProbationReviewDue, due.Kind);
        Assert.Equal(new EmployeeId("e-1"), due.EmployeeId);
        Assert.Null(due.CycleId);
        Assert.Equal(D(2026, 3, 31), due.DueOn);
        Assert.Equal("day 30", due.Subject);
        Assert.Null(due.EscalateTo);
        Assert.False(due.RequiresApproval);
        AssertExplained(due, "review-cadence", "cadence.probation-review-due", D(2026, 3, 24), ["probationReviewDays", "probationReviewLeadDays"], ["Employee"], "30-day probation review", "2026-03-31", "2026-03-01");
        Assert.Equal("30,60,90", due.Explanation.Parameters["probationReviewDays"]);
        Assert.Equal("7", due.Explanation.Parameters["probationReviewLeadDays"]);
    }

    [Theory]
    [InlineData(3, 23, null)]
    [InlineData(3, 31, "day 30")]
    [InlineData(4, 1, null)]
    [InlineData(4, 22, null)]
    [InlineData(4, 23, "day 60")]
    [InlineData(4, 30, "day 60")]
    [InlineData(5, 23, "day 90")]
    [InlineData(5, 30, "day 90")]
    [InlineData(5, 31, null)]
    public void Fire_AroundEachCheckpoint_OnlyWithinTheLeadTime(int month, int day, string? expected)
    {
        var decisions = FireFor<ProbationReviewDueRule>(OnProbation(), D(2026, month, day), "e-1");

        Assert.Equal(expected, decisions.SingleOrDefault()?.Subject);
    }

    [Fact]
    public void Fire_ProbationCompleted_NoMoreReviews()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1), probation: true).CompleteProbation("e-1", D(2026, 4, 25)).Build();

        Assert.Single(FireFor<ProbationReviewDueRule>(snapshot, D(2026, 4, 24), "e-1"));
        Assert.Empty(FireFor<ProbationReviewDueRule>(snapshot, D(2026, 4, 25), "e-1"));
    }

    [Fact]
    public void Fire_HiredActive_NoProbationReview()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<ProbationReviewDueRule>(snapshot, D(2026, 3, 31), "e-1"));
    }

    [Fact]
    public void Fire_OnLeaveDuringProbation_NoReview()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1), probation: true).Leave("e-1", D(2026, 3, 20)).Build();

        Assert.Empty(FireFor<ProbationReviewDueRule>(snapshot, D(2026, 3, 31), "e-1"));
    }

    [Fact]
    public void Fire_CustomDaysAndLead_AreUsed()
    {
        var parameters = WithCadence(c => c with { ProbationReviewDays = [45], ProbationReviewLeadDays = 0 });

        Assert.Empty(FireFor<ProbationReviewDueRule>(OnProbation(), D(2026, 4, 14), "e-1", parameters));
        var due = Assert.Single(FireFor<ProbationReviewDueRule>(OnProbation(), D(2026, 4, 15), "e-1", parameters));
        Assert.Equal("day 45", due.Subject);
        Assert.Equal("45", due.Explanation.Parameters["probationReviewDays"]);
    }
}
