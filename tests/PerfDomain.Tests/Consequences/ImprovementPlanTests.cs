using System.ComponentModel;
using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Consequences.Events;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Consequences;

public sealed class ImprovementPlanTests
{
    private static readonly ImprovementPlanId Id = new("ip-1");
    private static readonly LocalDate Start = D(2026, 3, 2);

    private static ImprovementPlan Plan(int days = 90, IEnumerable<int>? checkpoints = null)
    {
        var plan = ImprovementPlan.Start(Id, Alice, Start, Period.FromDays(days), "Ship two features unassisted", checkpoints);
        plan.ClearDomainEvents();
        return plan;
    }

    [Fact]
    public void Start_NinetyDays_HasCheckpointsAt30_60_90AndRecordsStarted()
    {
        var plan = ImprovementPlan.Start(Id, Alice, Start, Period.FromDays(90), "Ship two features");

        Assert.Equal((Id, Alice, Start, Period.FromDays(90), "Ship two features"), (plan.Id, plan.EmployeeId, plan.StartOn, plan.Duration, plan.Expectations));
        Assert.Equal(Start.PlusDays(90), plan.EndsOn);
        Assert.Equal([Start.PlusDays(30), Start.PlusDays(60), Start.PlusDays(90)], plan.Checkpoints.Select(c => c.DueOn));
        Assert.All(plan.Checkpoints, c => Assert.False(c.IsHeld));
        Assert.Null(plan.Outcome);
        Assert.False(plan.IsConcluded);
        Assert.Empty(plan.Decisions);
        Assert.Equal(new ImprovementPlanStarted(Id, Alice, Start.PlusDays(90), Start), DomainAssert.SingleEvent<ImprovementPlanStarted>(plan));
    }

    [Fact]
    public void Start_ShorterThan30Days_HasOneCheckpointAtTheEnd()
    {
        Assert.Equal([Start.PlusDays(14)], Plan(14).Checkpoints.Select(c => c.DueOn));
    }

    [Fact]
    public void Start_InMonths_EndsOnCalendarDate()
    {
        var plan = ImprovementPlan.Start(Id, Alice, D(2026, 1, 31), Period.FromMonths(1), "x");

        Assert.Equal(D(2026, 2, 28), plan.EndsOn);
        Assert.Equal([D(2026, 2, 28)], plan.Checkpoints.Select(c => c.DueOn));
    }

    [Fact]
    public void Start_ExplicitCheckpoints_AreSortedAndInsidePlan()
    {
        Assert.Equal([Start.PlusDays(1), Start.PlusDays(45), Start.PlusDays(60)], Plan(60, [45, 60, 1]).Checkpoints.Select(c => c.DueOn));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Start_CheckpointOutsidePlan_ThrowsNamingDayAndLength(int day)
    {
        DomainAssert.Argument<ArgumentException>("checkpointDays", () => Plan(60, [30, day]), "'ip-1'", $"{day} days", "60 days");
    }

    [Fact]
    public void Start_TwoCheckpointsOnOneDay_Throws()
    {
        DomainAssert.Argument<ArgumentException>("checkpointDays", () => Plan(60, [30, 30]), "'ip-1'", "day 30");
    }

    [Fact]
    public void Start_NoExplicitCheckpoints_FallsBackToOneAtEnd()
    {
        Assert.Equal([Start.PlusDays(60)], Plan(60, []).Checkpoints.Select(c => c.DueOn));
    }

    [Fact]
    public void Start_OneDay_IsAccepted()
    {
        Assert.Equal(Start.PlusDays(1), Plan(1).EndsOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Start_NonPositiveDuration_ThrowsNamingIt(int days)
    {
        DomainAssert.Argument<ArgumentException>("duration", () => Plan(days), "'ip-1'", "positive");
    }

    [Fact]
    public void Start_DurationWithTime_Throws()
    {
        DomainAssert.Argument<ArgumentException>("duration", () => ImprovementPlan.Start(Id, Alice, Start, Period.FromHours(48), "x"), "PT48H");
    }

    [Fact]
    public void Start_BadArguments_Throw()
    {
        DomainAssert.Argument<ArgumentException>("id", () => ImprovementPlan.Start(default, Alice, Start, Period.FromDays(30), "x"), "ImprovementPlanId");
        DomainAssert.Argument<ArgumentException>("employeeId", () => ImprovementPlan.Start(Id, default, Start, Period.FromDays(30), "x"));
        DomainAssert.Argument<ArgumentNullException>("duration", () => ImprovementPlan.Start(Id, Alice, Start, null!, "x"));
        DomainAssert.Argument<ArgumentException>("expectations", () => ImprovementPlan.Start(Id, Alice, Start, Period.FromDays(30), " "));
    }

    [Fact]
    public void HoldCheckpoint_Due_MarksHeldAndRecords()
    {
        var plan = Plan();

        plan.HoldCheckpoint(Start.PlusDays(30), Start.PlusDays(31), "Good progress");

        Assert.Equal(new ImprovementPlanCheckpoint(Start.PlusDays(30), Start.PlusDays(31), "Good progress"), plan.Checkpoints[0]);
        Assert.True(plan.Checkpoints[0].IsHeld);
        Assert.Equal(new ImprovementPlanCheckpointHeld(Id, Start.PlusDays(30), Start.PlusDays(31)), DomainAssert.SingleEvent<ImprovementPlanCheckpointHeld>(plan));
    }

    [Fact]
    public void HoldCheckpoint_OnStartDay_IsAccepted()
    {
        var plan = Plan();

        plan.HoldCheckpoint(Start.PlusDays(30), Start, "Early");

        Assert.True(plan.Checkpoints[0].IsHeld);
    }

    [Fact]
    public void HoldCheckpoint_BeforeStart_ThrowsNamingDates()
    {
        DomainAssert.Violates("improvement-plan.date-order", () => Plan().HoldCheckpoint(Start.PlusDays(30), Start.PlusDays(-1), "x"), "'ip-1'", "2026-03-02", "2026-03-01");
    }

    [Fact]
    public void HoldCheckpoint_Twice_Throws()
    {
        var plan = Plan();
        plan.HoldCheckpoint(Start.PlusDays(30), Start.PlusDays(30), "x");

        DomainAssert.Violates("improvement-plan.checkpoint-held", () => plan.HoldCheckpoint(Start.PlusDays(30), Start.PlusDays(32), "y"), "'ip-1'", "2026-04-01", "held already");
        Assert.Equal("x", plan.Checkpoints[0].Note);
    }

    [Fact]
    public void HoldCheckpoint_NoneDueThatDay_ThrowsKeyNotFound()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Plan().HoldCheckpoint(Start.PlusDays(31), Start.PlusDays(31), "x"));

        Assert.Contains("2026-04-02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldCheckpoint_BlankNote_Throws()
    {
        DomainAssert.Argument<ArgumentException>("note", () => Plan().HoldCheckpoint(Start.PlusDays(30), Start.PlusDays(30), ""));
    }

    [Fact]
    public void Extend_MovesEndAndRecordsExtendedOutcome()
    {
        var plan = Plan();

        plan.Extend(Period.FromDays(30), Bob, Start.PlusDays(90));

        Assert.Equal(Start.PlusDays(120), plan.EndsOn);
        Assert.Equal(Period.FromDays(90), plan.Duration);
        Assert.Equal(ImprovementPlanOutcome.Extended, plan.Outcome);
        Assert.False(plan.IsConcluded);
        var decision = new ImprovementPlanDecision(ImprovementPlanOutcome.Extended, Start.PlusDays(90), Bob, Start.PlusDays(120));
        Assert.Equal([decision], plan.Decisions);
        Assert.Equal(new ImprovementPlanOutcomeRecorded(Id, Alice, decision, Start.PlusDays(90)), DomainAssert.SingleEvent<ImprovementPlanOutcomeRecorded>(plan));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Extend_NonPositive_ThrowsAndKeepsEnd(int days)
    {
        var plan = Plan();

        DomainAssert.Argument<ArgumentException>("extension", () => plan.Extend(Period.FromDays(days), Bob, Start.PlusDays(90)), "'ip-1'", "positive");
        Assert.Equal(Start.PlusDays(90), plan.EndsOn);
        Assert.Empty(plan.Decisions);
    }

    [Fact]
    public void Extend_BeforeStart_ThrowsAndKeepsEnd()
    {
        var plan = Plan();

        DomainAssert.Violates("improvement-plan.date-order", () => plan.Extend(Period.FromDays(30), Bob, Start.PlusDays(-1)), "2026-03-01", "2026-03-02");
        Assert.Equal(Start.PlusDays(90), plan.EndsOn);
    }

    [Fact]
    public void Extend_DefaultDecider_Throws()
    {
        DomainAssert.Argument<ArgumentException>("decidedBy", () => Plan().Extend(Period.FromDays(30), default, Start), "EmployeeId");
    }

    [Theory]
    [InlineData(ImprovementPlanOutcome.Successful)]
    [InlineData(ImprovementPlanOutcome.Unsuccessful)]
    public void Conclude_FinalOutcome_ConcludesAndRecords(ImprovementPlanOutcome outcome)
    {
        var plan = Plan();

        plan.Conclude(outcome, Bob, Start.PlusDays(90));

        Assert.Equal(outcome, plan.Outcome);
        Assert.True(plan.IsConcluded);
        Assert.Equal(new ImprovementPlanDecision(outcome, Start.PlusDays(90), Bob), DomainAssert.SingleEvent<ImprovementPlanOutcomeRecorded>(plan).Decision);
    }

    [Fact]
    public void Conclude_Extended_ThrowsPointingToExtend()
    {
        DomainAssert.Argument<ArgumentException>("outcome", () => Plan().Conclude(ImprovementPlanOutcome.Extended, Bob, Start), "'ip-1'", "Extend");
    }

    [Fact]
    public void Conclude_UndefinedOutcome_ThrowsInvalidEnum()
    {
        DomainAssert.Argument<InvalidEnumArgumentException>("outcome", () => Plan().Conclude((ImprovementPlanOutcome)5, Bob, Start));
    }

    [Fact]
    public void Conclude_BeforeLatestDecision_ThrowsNamingDates()
    {
        var plan = Plan();
        plan.Extend(Period.FromDays(30), Bob, Start.PlusDays(90));

        DomainAssert.Violates("improvement-plan.date-order", () => plan.Conclude(ImprovementPlanOutcome.Successful, Bob, Start.PlusDays(89)), "2026-05-30", "2026-05-31");
    }

    [Fact]
    public void Conclude_SameDayAsExtension_IsAccepted()
    {
        var plan = Plan();
        plan.Extend(Period.FromDays(30), Bob, Start.PlusDays(90));

        plan.Conclude(ImprovementPlanOutcome.Unsuccessful, Bob, Start.PlusDays(90));

        Assert.Equal([ImprovementPlanOutcome.Extended, ImprovementPlanOutcome.Unsuccessful], plan.Decisions.Select(d => d.Outcome));
    }

    [Fact]
    public void ConcludedPlan_RefusesEveryChange()
    {
        var plan = Plan();
        plan.Conclude(ImprovementPlanOutcome.Successful, Bob, Start.PlusDays(90));

        DomainAssert.Violates("improvement-plan.concluded", () => plan.Conclude(ImprovementPlanOutcome.Unsuccessful, Bob, Start.PlusDays(91)), "'ip-1'", "Successful");
        DomainAssert.Violates("improvement-plan.concluded", () => plan.Extend(Period.FromDays(10), Bob, Start.PlusDays(91)), "Extended");
        DomainAssert.Violates("improvement-plan.concluded", () => plan.HoldCheckpoint(Start.PlusDays(30), Start.PlusDays(91), "late"), "hold a checkpoint");
        Assert.Single(plan.Decisions);
    }

    [Fact]
    public void IsActiveOn_FromStartUntilFinalDecision_ExtensionsDoNotEnd()
    {
        var plan = Plan();
        plan.Extend(Period.FromDays(30), Bob, Start.PlusDays(90));
        plan.Conclude(ImprovementPlanOutcome.Successful, Bob, Start.PlusDays(110));

        Assert.False(plan.IsActiveOn(Start.PlusDays(-1)));
        Assert.True(plan.IsActiveOn(Start));
        Assert.True(plan.IsActiveOn(Start.PlusDays(100)));
        Assert.True(plan.IsActiveOn(Start.PlusDays(109)));
        Assert.False(plan.IsActiveOn(Start.PlusDays(110)));
    }

    [Fact]
    public void ToString_ShowsDatesAndOutcome()
    {
        var plan = Plan();
        Assert.Equal("ip-1: improvement plan of e-alice, 2026-03-02..2026-05-31 (in progress)", plan.ToString());

        plan.Conclude(ImprovementPlanOutcome.Successful, Bob, Start.PlusDays(90));

        Assert.EndsWith("(Successful)", plan.ToString(), StringComparison.Ordinal);
    }
}
