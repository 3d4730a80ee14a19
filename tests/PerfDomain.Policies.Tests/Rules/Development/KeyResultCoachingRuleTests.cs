using System.Globalization;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Tests.TestSupport;
using static PerfDomain.Policies.Tests.TestSupport.Dates;
using static PerfDomain.Policies.Tests.TestSupport.RuleHarness;

namespace PerfDomain.Policies.Tests.Rules.Development;

public sealed class KeyResultCoachingRuleTests
{
    // 2026-10-19 is day 292 of 365: exactly 80% of the cycle has passed by its end.
    private static readonly NodaTime.LocalDate EightyPercent = D(2026, 10, 19);

    [Fact]
    public void Fire_ProgressExactlyTheGapBehindElapsedTime_RecommendsCoaching()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").KeyResult("e-1", 2026, "kr-1", 50, D(2026, 9, 1)).Build();

        var coaching = Assert.Single(FireFor<KeyResultCoachingRule>(snapshot, EightyPercent, "e-1"));

        Assert.Equal(DecisionKind.CoachingRecommended, coaching.Kind);
        Assert.Equal(new EmployeeId("e-1"), coaching.EmployeeId);
        Assert.Equal(OrganizationBuilder.Cycle2026, coaching.CycleId);
        Assert.Equal("kr-1", coaching.Subject);
        Assert.Null(coaching.DueOn);
        Assert.False(coaching.RequiresApproval);
        AssertExplained(coaching, "development-triggers", "development.key-result-coaching", EightyPercent, ["keyResultAtRiskGap"], ["KeyResult", "Employee"], "kr-1");
        var keyResult = Assert.Single(coaching.Explanation.Facts, f => f.Type == "KeyResult");
        Assert.Equal("0.5", keyResult.Values["progress"]);
        Assert.False(keyResult.Values.ContainsKey("elapsedFraction"), "How much of the cycle is gone is the as-of date's, not the key result's.");
        Assert.Contains("with 80% of the cycle gone", coaching.Explanation.Reason, StringComparison.Ordinal);
        Assert.Equal("0.3", coaching.Explanation.Parameters["keyResultAtRiskGap"]);
    }

    [Fact]
    public void Fire_OnePointLessBehind_NoCoaching()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").KeyResult("e-1", 2026, "kr-1", 51, D(2026, 9, 1)).Build();

        Assert.Empty(FireFor<KeyResultCoachingRule>(snapshot, EightyPercent, "e-1"));
    }

    [Fact]
    public void Fire_FirstDayPastTheMidpoint_Coaching_MidpointItselfNot()
    {
        // Never-updated key results count as 0% progress.
        var snapshot = new OrganizationBuilder().Hire("e-1").KeyResult("e-1", 2026, "kr-1").Build();

        Assert.Empty(FireFor<KeyResultCoachingRule>(snapshot, D(2026, 7, 1), "e-1"));
        Assert.Single(FireFor<KeyResultCoachingRule>(snapshot, D(2026, 7, 2), "e-1"));
    }

    [Fact]
    public void Fire_CycleOver_NoCoaching()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").KeyResult("e-1", 2025, "kr-1").Build();

        Assert.Single(FireFor<KeyResultCoachingRule>(snapshot, D(2025, 12, 31), "e-1"));
        Assert.Empty(FireFor<KeyResultCoachingRule>(snapshot, D(2026, 1, 1), "e-1"));
    }

    [Fact]
    public void Fire_OnLeave_NoCoaching()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").KeyResult("e-1", 2026, "kr-1").Leave("e-1", D(2026, 10, 1)).Build();

        Assert.Empty(FireFor<KeyResultCoachingRule>(snapshot, EightyPercent, "e-1"));
    }

    [Fact]
    public void Fire_Reason_IsTheSameInEveryCulture()
    {
        var snapshot = new OrganizationBuilder().Hire("e-1").KeyResult("e-1", 2026, "kr-1", 50, D(2026, 9, 1)).Build();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = Assert.Single(FireFor<KeyResultCoachingRule>(snapshot, EightyPercent, "e-1")).Explanation.Reason;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            var french = Assert.Single(FireFor<KeyResultCoachingRule>(snapshot, EightyPercent, "e-1")).Explanation.Reason;

            Assert.Equal(invariant, french);
            Assert.Contains("it is at 50% with 80% of the cycle gone", french, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
