using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Development;

public sealed class ManagerCoachingRuleTests
{
    // As of 2026-06-30 the 60-day window runs from 2026-05-02 to 2026-06-30.
    private static readonly NodaTime.LocalDate AsOf = D(2026, 6, 30);

    private static OrganizationBuilder TwoReports() => new OrganizationBuilder().Hire("e-1").Hire("e-2");

    [Fact]
    public void Fire_FewerConversationsThanReports_RecommendsManagerCoaching()
    {
        var snapshot = TwoReports().CheckIn("e-1", D(2026, 6, 1)).Build();

        var coaching = Assert.Single(FireFor<ManagerCoachingRule>(snapshot, AsOf, "mgr"));

        Assert.Equal(DecisionKind.ManagerCoachingRecommended, coaching.Kind);
        Assert.Equal(OrganizationBuilder.Manager, coaching.EmployeeId);
        Assert.Null(coaching.CycleId);
        Assert.Null(coaching.DueOn);
        Assert.False(coaching.RequiresApproval);
        AssertExplained(coaching, "development-triggers", "development.manager-coaching", AsOf, ["managerConversationWindowDays", "minimumConversationsPerReport"], ["Manager", "Employee"], "1 check-in or feedback note with 2 direct reports", "last 60 days");
        var manager = Assert.Single(coaching.Explanation.Facts, f => f.Type == "Manager");
        Assert.Equal("1", manager.Values["conversationsLast60Days"]);
        Assert.Equal("2", manager.Values["directReports"]);
    }

    [Fact]
    public void Fire_OneConversationPerReport_NoCoaching_DownwardFeedbackCounts()
    {
        var snapshot = TwoReports().CheckIn("e-1", D(2026, 6, 1)).DownwardFeedback("e-2", D(2026, 6, 2)).Build();

        Assert.Empty(FireFor<ManagerCoachingRule>(snapshot, AsOf, "mgr"));
    }

    [Fact]
    public void Fire_WindowBoundary_ConversationSixtyDaysAgoDoesNotCount_FiftyNineDaysAgoDoes()
    {
        var outside = TwoReports().CheckIn("e-1", D(2026, 6, 1)).CheckIn("e-2", D(2026, 5, 1)).Build();
        var inside = TwoReports().CheckIn("e-1", D(2026, 6, 1)).CheckIn("e-2", D(2026, 5, 2)).Build();

        Assert.Single(FireFor<ManagerCoachingRule>(outside, AsOf, "mgr"));
        Assert.Empty(FireFor<ManagerCoachingRule>(inside, AsOf, "mgr"));
    }

    [Fact]
    public void Fire_CheckInWithoutTheManager_DoesNotCount()
    {
        var snapshot = TwoReports().CheckIn("e-1", D(2026, 6, 1)).CheckIn("e-2", D(2026, 6, 1), with: new Employees.EmployeeId("e-1")).Build();

        Assert.Single(FireFor<ManagerCoachingRule>(snapshot, AsOf, "mgr"));
    }

    [Fact]
    public void Fire_ReportOnLeave_IsNotCounted()
    {
        var snapshot = TwoReports().CheckIn("e-1", D(2026, 6, 1)).Leave("e-2", D(2026, 4, 1)).Build();

        Assert.Empty(FireFor<ManagerCoachingRule>(snapshot, AsOf, "mgr"));
    }

    [Fact]
    public void Fire_ManagerOnLeave_NoCoaching()
    {
        var snapshot = TwoReports().Leave("mgr", D(2026, 6, 1)).Build();

        Assert.Empty(FireFor<ManagerCoachingRule>(snapshot, AsOf, "mgr"));
    }
}
