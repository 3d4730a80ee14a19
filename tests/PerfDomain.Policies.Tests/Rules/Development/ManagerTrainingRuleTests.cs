using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Development;

public sealed class ManagerTrainingRuleTests
{
    private static readonly EmployeeId Lead = new("lead");

    // lead (hired 2020) gets a first direct report, e-1, on 2026-03-01: new manager until 2026-05-30.
    private static OrganizationBuilder NewManager() => new OrganizationBuilder().Hire("lead").Hire("e-1").ReportTo("e-1", Lead, D(2026, 3, 1));

    [Fact]
    public void Fire_NinetiethDayAfterTheFirstReport_RecommendsManagerTraining()
    {
        var training = Assert.Single(FireFor<ManagerTrainingRule>(NewManager().Build(), D(2026, 5, 30), "lead"));

        Assert.Equal(DecisionKind.ManagerTrainingRecommended, training.Kind);
        Assert.Equal(Lead, training.EmployeeId);
        Assert.Null(training.CycleId);
        Assert.Equal(D(2026, 5, 30), training.DueOn);
        Assert.False(training.RequiresApproval);
        AssertExplained(training, "development-triggers", "development.manager-training", D(2026, 5, 30), ["newManagerWindowDays"], ["Manager", "Employee"], "2026-03-01", "this manager now has 1 direct report.");
        Assert.Equal("2026-03-01", Assert.Single(training.Explanation.Facts, f => f.Type == "Manager").Values["firstReportOn"]);
    }

    [Fact]
    public void Fire_NinetyFirstDay_NoTraining()
    {
        Assert.Empty(FireFor<ManagerTrainingRule>(NewManager().Build(), D(2026, 5, 31), "lead"));
    }

    [Fact]
    public void Fire_BeforeTheFirstReport_NoTraining()
    {
        Assert.Empty(FireFor<ManagerTrainingRule>(NewManager().Build(), D(2026, 2, 28), "lead"));
    }

    [Fact]
    public void Fire_LongStandingManager_NoTraining()
    {
        var snapshot = new OrganizationBuilder().Hire("e-0").Hire("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<ManagerTrainingRule>(snapshot, D(2026, 3, 10), "mgr"));
        Assert.Single(FireFor<ManagerTrainingRule>(new OrganizationBuilder().Hire("e-1", D(2026, 3, 1)).Build(), D(2026, 3, 10), "mgr"));
    }

    [Fact]
    public void Fire_NewManagerOnLeave_NoTraining()
    {
        var snapshot = NewManager().Leave("lead", D(2026, 3, 5)).Build();

        Assert.Empty(FireFor<ManagerTrainingRule>(snapshot, D(2026, 3, 10), "lead"));
    }

    [Fact]
    public void Fire_OnlyReportOnLeave_NoTraining()
    {
        var snapshot = NewManager().Leave("e-1", D(2026, 3, 5)).Build();

        Assert.Empty(FireFor<ManagerTrainingRule>(snapshot, D(2026, 3, 10), "lead"));
    }
}
