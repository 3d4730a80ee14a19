using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Cadence;

public sealed class CheckInOverdueRuleTests
{
    private static readonly Type[] Supporting = CadenceInference;

    // Last check-in 2026-03-01: due 2026-03-31, overdue from 2026-04-08 (after the 7-day grace period).
    private static Snapshots.OrganizationSnapshot CheckedInOnFirstOfMarch() => new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Build();

    [Fact]
    public void Fire_DayAfterTheGracePeriod_TellsTheManager()
    {
        var overdue = Assert.Single(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(2026, 4, 8), "e-1", null, Supporting));

        Assert.Equal(DecisionKind.CheckInOverdue, overdue.Kind);
        Assert.Equal(new EmployeeId("e-1"), overdue.EmployeeId);
        Assert.Null(overdue.CycleId);
        Assert.Equal(D(2026, 3, 31), overdue.DueOn);
        Assert.Equal(EscalationLevel.Manager, overdue.EscalateTo);
        Assert.False(overdue.RequiresApproval);
        AssertExplained(
            overdue,
            "review-cadence",
            "cadence.check-in-overdue",
            D(2026, 4, 8),
            ["intervalDays", "overdueGraceDays", "skipLevelEscalationDays", "humanResourcesEscalationDays"],
            ["Employee", "CheckInCadence"],
            "2026-03-31",
            "overdue by 1 day past",
            "7-day grace period",
            "the manager");
        Assert.Equal("14", overdue.Explanation.Parameters["skipLevelEscalationDays"]);
        Assert.Equal("30", overdue.Explanation.Parameters["humanResourcesEscalationDays"]);
    }

    [Fact]
    public void Fire_LastDayOfTheGracePeriod_IsNotOverdue()
    {
        Assert.Empty(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(2026, 4, 7), "e-1", null, Supporting));
    }

    [Theory]
    [InlineData(2026, 4, 21, EscalationLevel.Manager)] // 14 days overdue
    [InlineData(2026, 4, 22, EscalationLevel.SkipLevelManager)] // 15 days overdue
    [InlineData(2026, 5, 7, EscalationLevel.SkipLevelManager)] // 30 days overdue
    [InlineData(2026, 5, 8, EscalationLevel.HumanResources)] // 31 days overdue
    public void Fire_EscalationBoundaries_ManagerThenSkipLevelThenHumanResources(int year, int month, int day, EscalationLevel expected)
    {
        var overdue = Assert.Single(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(year, month, day), "e-1", null, Supporting));

        Assert.Equal(expected, overdue.EscalateTo);
        Assert.Contains($"overdue by {Period.DaysBetween(D(2026, 4, 7), D(year, month, day))} days past", overdue.Explanation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_OnImprovementPlan_GoesToHumanResourcesAtOnce()
    {
        // Check-in 2026-03-02 during a plan started 2026-03-01: due 2026-03-09, overdue from 2026-03-17.
        var snapshot = new OrganizationBuilder().Hire("e-1").ImprovementPlan("e-1", D(2026, 3, 1)).CheckIn("e-1", D(2026, 3, 2)).Build();

        var overdue = Assert.Single(FireFor<CheckInOverdueRule>(snapshot, D(2026, 3, 17), "e-1", null, Supporting));

        Assert.Equal(EscalationLevel.HumanResources, overdue.EscalateTo);
        Assert.Equal(D(2026, 3, 9), overdue.DueOn);
        Assert.Contains("HR at once, because the employee is on an improvement plan", overdue.Explanation.Reason, StringComparison.Ordinal);
        Assert.Equal("7", overdue.Explanation.Parameters["intervalDays"]);
        Assert.Equal("true", Assert.Single(overdue.Explanation.Facts, f => f.Type == "CheckInCadence").Values["onImprovementPlan"]);
        Assert.Empty(FireFor<CheckInOverdueRule>(snapshot, D(2026, 3, 16), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_LeavePausesTheCadence_SoNotOverdueUntilThePauseIsMadeUp()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Leave("e-1", D(2026, 3, 10), D(2026, 3, 20)).Build();

        Assert.Empty(FireFor<CheckInOverdueRule>(snapshot, D(2026, 4, 17), "e-1", null, Supporting));
        var overdue = Assert.Single(FireFor<CheckInOverdueRule>(snapshot, D(2026, 4, 18), "e-1", null, Supporting));
        Assert.Equal(D(2026, 4, 10), overdue.DueOn);
    }

    [Fact]
    public void Fire_OnLeave_IsNeverOverdue()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").CheckIn("e-1", D(2026, 3, 1)).Leave("e-1", D(2026, 3, 10)).Build();

        Assert.Empty(FireFor<CheckInOverdueRule>(snapshot, D(2026, 6, 1), "e-1", null, Supporting));
    }

    [Fact]
    public void Fire_CustomGraceAndEscalation_AreUsed()
    {
        var parameters = WithCadence(c => c with { OverdueGraceDays = 0, SkipLevelEscalationDays = 2, HumanResourcesEscalationDays = 3 });

        Assert.Empty(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(2026, 3, 31), "e-1", parameters, Supporting));
        Assert.Equal(EscalationLevel.Manager, Assert.Single(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(2026, 4, 2), "e-1", parameters, Supporting)).EscalateTo);
        Assert.Equal(EscalationLevel.SkipLevelManager, Assert.Single(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(2026, 4, 3), "e-1", parameters, Supporting)).EscalateTo);
        Assert.Equal(EscalationLevel.HumanResources, Assert.Single(FireFor<CheckInOverdueRule>(CheckedInOnFirstOfMarch(), D(2026, 4, 4), "e-1", parameters, Supporting)).EscalateTo);
    }

    [Fact]
    public void Fire_NoSkipLevelManager_EscalatesToHumanResourcesInstead()
    {
        // mgr reports to the CEO, who has no manager: mgr has no skip-level manager.
        var snapshot = new OrganizationBuilder().CheckIn("mgr", D(2026, 3, 1)).Build();

        var overdue = Assert.Single(FireFor<CheckInOverdueRule>(snapshot, D(2026, 4, 22), "mgr", null, Supporting));

        Assert.Equal(EscalationLevel.HumanResources, overdue.EscalateTo);
        Assert.Contains("HR, as there is no skip-level manager", overdue.Explanation.Reason, StringComparison.Ordinal);
        Assert.Equal(EscalationLevel.Manager, Assert.Single(FireFor<CheckInOverdueRule>(snapshot, D(2026, 4, 21), "mgr", null, Supporting)).EscalateTo);
    }
}
