using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class CheckInDueRuleTests
{
    private static readonly Type[] Supporting = CadenceInference;

    [Fact]
    public void Fire_AfterACheckIn_DueOneIntervalLater()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 20), "e-1", null, Supporting));

        Assert.Equal(DecisionKind.CheckInDue, due.Kind);
        Assert.Equal(new EmployeeId("e-1"), due.EmployeeId);
        Assert.Null(due.CycleId);
        Assert.Equal(D(2026, 3, 31), due.DueOn);
        Assert.Null(due.EscalateTo);
        Assert.Null(due.Subject);
        Assert.False(due.RequiresApproval);
        AssertExplained(due, "review-cadence", "cadence.check-in-due", D(2026, 3, 20), ["intervalDays", "overdueGraceDays"], ["Employee", "CheckInCadence"], "2026-03-31", "every 30 days (company cadence)", "2026-03-01");
        Assert.Equal("30", due.Explanation.Parameters["intervalDays"]);
        Assert.Equal("7", due.Explanation.Parameters["overdueGraceDays"]);
        Assert.Equal("2026-03-01", Assert.Single(due.Explanation.Facts, f => f.Type == "Employee").Values["lastCheckInOn"]);
    }

    [Fact]
    public void Fire_LastDayOfTheGracePeriod_IsStillDue_NextDayIsNot()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Build();

        Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 4, 7), "e-1", null, Supporting));
        Assert.Empty(FireFor<CheckInDueRule>(snapshot, D(2026, 4, 8), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_NoCheckInYet_CountsFromTheCycleStart()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 1, 20), "e-1", null, Supporting));

        Assert.Equal(D(2026, 1, 31), due.DueOn);
        Assert.Contains("2026-01-01, with no check-in since", due.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_HiredDuringTheCycle_CountsFromTheHireDate()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1)).Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 10), "e-1", null, Supporting));

        Assert.Equal(D(2026, 3, 31), due.DueOn);
    }

    [Fact]
    public void Fire_BeforeTheHireDate_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 1)).Build();

        Assert.Empty(FireFor<CheckInDueRule>(snapshot, D(2026, 2, 28), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_OnProbation_DueAfterFourteenDays()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1", D(2026, 3, 2), probation: true).Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 5), "e-1", null, Supporting));

        Assert.Equal(D(2026, 3, 16), due.DueOn);
        Assert.Contains("every 14 days (probation cadence)", due.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_AfterALeave_ThePauseDelaysTheDueDate()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Leave("e-1", D(2026, 3, 10), D(2026, 3, 20)).Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 25), "e-1", null, Supporting));

        Assert.Equal(D(2026, 4, 10), due.DueOn);
        Assert.Contains("paused 10 days for leave", due.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_LeaveBeforeTheLastCheckIn_DoesNotPause()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Leave("e-1", D(2026, 2, 1), D(2026, 2, 20)).CheckIn("e-1", D(2026, 3, 1)).Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 25), "e-1", null, Supporting));

        Assert.Equal(D(2026, 3, 31), due.DueOn);
        Assert.DoesNotContain("paused", due.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_OnLeave_MakesNoDecision_DayBeforeDoes()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Leave("e-1", D(2026, 3, 10)).Build();

        Assert.Empty(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 10), "e-1", null, Supporting));
        Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 9), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_Terminated_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").Terminate("e-1", D(2026, 3, 10)).Build();

        Assert.Empty(FireFor<CheckInDueRule>(snapshot, D(2026, 3, 10), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_WithoutAManager_MakesNoDecision()
    {
        var snapshot = new OrganizationBuilder().HireWithoutManager("e-1").Build();

        Assert.Empty(FireFor<CheckInDueRule>(snapshot, D(2026, 1, 20), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_CheckInAfterTheAsOfDate_IsNotSeen()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 1, 15)).CheckIn("e-1", D(2026, 1, 25)).Build();

        var due = Assert.Single(FireFor<CheckInDueRule>(snapshot, D(2026, 1, 24), "e-1", null, Supporting));

        Assert.Equal(D(2026, 2, 14), due.DueOn);
    }
}
