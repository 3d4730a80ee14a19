using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Development;

public sealed class ReintegrationCheckInRuleTests
{
    // Leave from 2026-01-05, back on 2026-04-10: 95 days.
    private static OrganizationBuilder LongLeave() => new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 1, 5), D(2026, 4, 10));

    [Fact]
    public void Fire_BackFromALongLeave_RecommendsAReintegrationCheckIn()
    {
        var reintegration = Assert.Single(FireFor<ReintegrationCheckInRule>(LongLeave().Build(), D(2026, 4, 15), "e-1"));

        Assert.Equal(DecisionKind.ReintegrationCheckInRecommended, reintegration.Kind);
        Assert.Equal(new EmployeeId("e-1"), reintegration.EmployeeId);
        Assert.Null(reintegration.CycleId);
        Assert.Equal(D(2026, 5, 10), reintegration.DueOn);
        Assert.False(reintegration.RequiresApproval);
        AssertExplained(reintegration, "development-triggers", "development.reintegration-check-in", D(2026, 4, 15), ["reintegrationMinimumLeaveDays", "reintegrationWindowDays"], ["Employee"], "back on 2026-04-10", "95 days of leave");
    }

    [Fact]
    public void Fire_LeaveOfExactlyNinetyDays_NoRecommendation_NinetyOneDaysYes()
    {
        var ninety = new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 1, 10), D(2026, 4, 10)).Build();
        var ninetyOne = new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 1, 9), D(2026, 4, 10)).Build();

        Assert.Empty(FireFor<ReintegrationCheckInRule>(ninety, D(2026, 4, 15), "e-1"));
        Assert.Single(FireFor<ReintegrationCheckInRule>(ninetyOne, D(2026, 4, 15), "e-1"));
    }

    [Fact]
    public void Fire_CheckInOnTheDayBack_NoRecommendation()
    {
        var snapshot = LongLeave().CheckIn("e-1", D(2026, 4, 10)).Build();

        Assert.Empty(FireFor<ReintegrationCheckInRule>(snapshot, D(2026, 4, 15), "e-1"));
    }

    [Fact]
    public void Fire_WindowBoundary_ThirtiethDayYes_ThirtyFirstNo()
    {
        Assert.Single(FireFor<ReintegrationCheckInRule>(LongLeave().Build(), D(2026, 5, 10), "e-1"));
        Assert.Empty(FireFor<ReintegrationCheckInRule>(LongLeave().Build(), D(2026, 5, 11), "e-1"));
    }

    [Fact]
    public void Fire_StillOnLeave_NoRecommendation()
    {
        Assert.Empty(FireFor<ReintegrationCheckInRule>(LongLeave().Build(), D(2026, 4, 9), "e-1"));
    }
}
