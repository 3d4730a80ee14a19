using System.ComponentModel;
using PerfDomain.Development;
using PerfDomain.Development.Events;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Development;

public sealed class DevelopmentPlanTests
{
    private static readonly DevelopmentPlanId Id = new("dp-1");
    private static readonly DevelopmentActionId A1 = new("da-1");
    private static readonly DevelopmentActionId A2 = new("da-2");
    private static readonly CompetencyId Craft = new("comp-craft");
    private static readonly ObjectiveId Goal = new("o-1");
    private static readonly NodaTime.LocalDate Created = D(2026, 12, 5);

    private static DevelopmentPlan Plan()
    {
        var plan = DevelopmentPlan.Create(Id, Alice, Cycle2026, Created);
        plan.ClearDomainEvents();
        return plan;
    }

    private static DevelopmentPlan PlanWithAction()
    {
        var plan = Plan();
        plan.AddAction(A1, DevelopmentActionKind.Training, "Course", D(2027, 3, 1), Craft, null, Created);
        plan.ClearDomainEvents();
        return plan;
    }

    [Fact]
    public void Create_IsActiveAndEmptyAndRecordsCreated()
    {
        var plan = DevelopmentPlan.Create(Id, Alice, Cycle2026, Created);

        Assert.Equal((Id, Alice, (PerfDomain.Cycles.CycleId?)Cycle2026, Created), (plan.Id, plan.EmployeeId, plan.CycleId, plan.CreatedOn));
        Assert.Equal(DevelopmentPlanStatus.Active, plan.Status);
        Assert.Null(plan.ClosedOn);
        Assert.Empty(plan.Actions);
        Assert.Equal(new DevelopmentPlanCreated(Id, Alice, Created), DomainAssert.SingleEvent<DevelopmentPlanCreated>(plan));
    }

    [Fact]
    public void Create_WithoutCycle_IsAccepted()
    {
        Assert.Null(DevelopmentPlan.Create(Id, Alice, null, Created).CycleId);
    }

    [Fact]
    public void Create_DefaultIds_Throw()
    {
        DomainAssert.Argument<ArgumentException>("id", () => DevelopmentPlan.Create(default, Alice, null, Created), "DevelopmentPlanId");
        DomainAssert.Argument<ArgumentException>("employeeId", () => DevelopmentPlan.Create(Id, default, null, Created), "EmployeeId");
        DomainAssert.Argument<ArgumentException>("cycleId", () => DevelopmentPlan.Create(Id, Alice, default(PerfDomain.Cycles.CycleId), Created), "CycleId");
    }

    [Fact]
    public void AddAction_LinkedToCompetency_IsPlannedAndRecorded()
    {
        var plan = Plan();

        var action = plan.AddAction(A1, DevelopmentActionKind.Mentoring, "Pair with a staff engineer", Created, Craft, null, Created);

        Assert.Equal([action], plan.Actions);
        Assert.Equal((A1, DevelopmentActionKind.Mentoring, "Pair with a staff engineer", Created), (action.Id, action.Kind, action.Description, action.DueOn));
        Assert.Equal(Craft, action.CompetencyId);
        Assert.Null(action.ObjectiveId);
        Assert.Equal(DevelopmentActionStatus.Planned, action.Status);
        Assert.True(action.IsOpen);
        Assert.Null(action.ClosedOn);
        Assert.Equal(new DevelopmentActionAdded(Id, A1, DevelopmentActionKind.Mentoring, Created, Created), DomainAssert.SingleEvent<DevelopmentActionAdded>(plan));
    }

    [Fact]
    public void AddAction_LinkedToGoalOnly_IsAccepted()
    {
        Assert.Equal(Goal, Plan().AddAction(A1, DevelopmentActionKind.StretchAssignment, "Lead", D(2027, 1, 1), null, Goal, Created).ObjectiveId);
    }

    [Fact]
    public void AddAction_LinkedToNothing_Throws()
    {
        var plan = Plan();

        DomainAssert.Violates("development.action-link", () => plan.AddAction(A1, DevelopmentActionKind.Coaching, "x", D(2027, 1, 1), null, null, Created), "'da-1'");
        Assert.Empty(plan.Actions);
    }

    [Fact]
    public void AddAction_DueBeforePlanCreated_ThrowsNamingDates()
    {
        DomainAssert.Violates("development.date-order", () => Plan().AddAction(A1, DevelopmentActionKind.Coaching, "x", Created.PlusDays(-1), Craft, null, Created), "'da-1'", "2026-12-04", "'dp-1'", "2026-12-05");
    }

    [Fact]
    public void AddAction_DuplicateId_Throws()
    {
        var plan = PlanWithAction();

        DomainAssert.Violates("development.duplicate-id", () => plan.AddAction(A1, DevelopmentActionKind.Coaching, "x", D(2027, 1, 1), Craft, null, Created), "'dp-1'", "'da-1'");
        Assert.Single(plan.Actions);
    }

    [Fact]
    public void AddAction_BadArguments_Throw()
    {
        var plan = Plan();

        DomainAssert.Argument<ArgumentException>("id", () => plan.AddAction(default, DevelopmentActionKind.Coaching, "x", Created, Craft, null, Created), "DevelopmentActionId");
        DomainAssert.Argument<InvalidEnumArgumentException>("kind", () => plan.AddAction(A1, (DevelopmentActionKind)4, "x", Created, Craft, null, Created));
        DomainAssert.Argument<ArgumentException>("description", () => plan.AddAction(A1, DevelopmentActionKind.Coaching, new string('d', 1001), Created, Craft, null, Created), "1000");
        DomainAssert.Argument<ArgumentException>("competencyId", () => plan.AddAction(A1, DevelopmentActionKind.Coaching, "x", Created, default(CompetencyId), null, Created), "CompetencyId");
        DomainAssert.Argument<ArgumentException>("objectiveId", () => plan.AddAction(A1, DevelopmentActionKind.Coaching, "x", Created, Craft, default(ObjectiveId), Created), "ObjectiveId");
        Assert.Empty(plan.Actions);
    }

    [Fact]
    public void AddAction_AddedBeforePlanCreated_Throws()
    {
        DomainAssert.Violates("development.date-order", () => Plan().AddAction(A1, DevelopmentActionKind.Coaching, "x", Created, Craft, null, Created.PlusDays(-1)), "2026-12-04", "2026-12-05");
    }

    [Fact]
    public void StartAction_Planned_IsInProgressAndRecorded()
    {
        var plan = PlanWithAction();

        plan.StartAction(A1, D(2027, 1, 1));

        Assert.Equal(DevelopmentActionStatus.InProgress, plan.Actions[0].Status);
        Assert.True(plan.Actions[0].IsOpen);
        Assert.Null(plan.Actions[0].ClosedOn);
        Assert.Equal(new DevelopmentActionStatusChanged(Id, A1, DevelopmentActionStatus.InProgress, D(2027, 1, 1)), DomainAssert.SingleEvent<DevelopmentActionStatusChanged>(plan));
    }

    [Fact]
    public void StartAction_InProgress_ThrowsNamingStatuses()
    {
        var plan = PlanWithAction();
        plan.StartAction(A1, D(2027, 1, 1));

        DomainAssert.Violates("development.action-status", () => plan.StartAction(A1, D(2027, 1, 2)), "'da-1'", "InProgress");
    }

    [Fact]
    public void CompleteAction_FromPlannedOrInProgress_ClosesIt()
    {
        var plan = PlanWithAction();
        plan.AddAction(A2, DevelopmentActionKind.Coaching, "Coach", D(2027, 3, 1), Craft, null, Created);
        plan.StartAction(A2, D(2027, 1, 1));

        plan.CompleteAction(A1, D(2027, 2, 1));
        plan.CompleteAction(A2, D(2027, 2, 2));

        Assert.All(plan.Actions, a => Assert.Equal(DevelopmentActionStatus.Completed, a.Status));
        Assert.Equal([D(2027, 2, 1), D(2027, 2, 2)], plan.Actions.Select(a => a.ClosedOn!.Value));
        Assert.False(plan.Actions[0].IsOpen);
    }

    [Fact]
    public void CompleteAction_Cancelled_ThrowsNamingStatuses()
    {
        var plan = PlanWithAction();
        plan.CancelAction(A1, D(2027, 1, 1));

        DomainAssert.Violates("development.action-status", () => plan.CompleteAction(A1, D(2027, 1, 2)), "'da-1'", "Cancelled", "Completed");
        Assert.Equal(DevelopmentActionStatus.Cancelled, plan.Actions[0].Status);
    }

    [Fact]
    public void CancelAction_Completed_Throws()
    {
        var plan = PlanWithAction();
        plan.CompleteAction(A1, D(2027, 1, 1));

        DomainAssert.Violates("development.action-status", () => plan.CancelAction(A1, D(2027, 1, 2)), "Completed", "Cancelled");
    }

    [Fact]
    public void CancelAction_Planned_RecordsCancelled()
    {
        var plan = PlanWithAction();

        plan.CancelAction(A1, D(2027, 1, 1));

        Assert.Equal(DevelopmentActionStatus.Cancelled, DomainAssert.SingleEvent<DevelopmentActionStatusChanged>(plan).Status);
        Assert.Equal(D(2027, 1, 1), plan.Actions[0].ClosedOn);
    }

    [Fact]
    public void StartAction_UnknownAction_ThrowsKeyNotFound()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => PlanWithAction().StartAction(A2, D(2027, 1, 1)));

        Assert.Contains("'da-2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionChanges_BeforePlanCreated_ThrowNamingDates()
    {
        var plan = PlanWithAction();

        DomainAssert.Violates("development.date-order", () => plan.StartAction(A1, Created.PlusDays(-1)), "'da-1'", "'dp-1'", "2026-12-04", "2026-12-05");
        DomainAssert.Violates("development.date-order", () => plan.CompleteAction(A1, Created.PlusDays(-1)), "2026-12-04");
        DomainAssert.Violates("development.date-order", () => plan.CancelAction(A1, Created.PlusDays(-1)), "2026-12-04");
        Assert.Equal(DevelopmentActionStatus.Planned, plan.Actions[0].Status);
        Assert.Empty(plan.DomainEvents);
    }

    [Fact]
    public void CompleteAction_OnCreationDay_IsAccepted()
    {
        var plan = PlanWithAction();

        plan.CompleteAction(A1, Created);

        Assert.Equal(Created, plan.Actions[0].ClosedOn);
    }

    [Fact]
    public void IsOverdue_OpenPastDueDay_IsTrue()
    {
        var plan = PlanWithAction();
        var action = plan.Actions[0];

        Assert.False(action.IsOverdue(D(2027, 3, 1)));
        Assert.True(action.IsOverdue(D(2027, 3, 2)));
        plan.CompleteAction(A1, D(2027, 3, 5));
        Assert.False(action.IsOverdue(D(2027, 3, 6)));
    }

    [Fact]
    public void Complete_AllActionsClosed_CompletesAndRecordsClosed()
    {
        var plan = PlanWithAction();
        plan.AddAction(A2, DevelopmentActionKind.Coaching, "Coach", D(2027, 3, 1), Craft, null, Created);
        plan.CompleteAction(A1, D(2027, 2, 1));
        plan.CancelAction(A2, D(2027, 2, 1));
        plan.ClearDomainEvents();

        plan.Complete(D(2027, 2, 2));

        Assert.Equal(DevelopmentPlanStatus.Completed, plan.Status);
        Assert.Equal(D(2027, 2, 2), plan.ClosedOn);
        Assert.Equal(new DevelopmentPlanClosed(Id, Alice, DevelopmentPlanStatus.Completed, D(2027, 2, 2)), DomainAssert.SingleEvent<DevelopmentPlanClosed>(plan));
    }

    [Fact]
    public void Complete_WithOpenAction_ThrowsNamingIt()
    {
        var plan = PlanWithAction();

        DomainAssert.Violates("development.plan-completion", () => plan.Complete(D(2027, 2, 2)), "'dp-1'", "'da-1'", "still open");
        Assert.Equal(DevelopmentPlanStatus.Active, plan.Status);
    }

    [Fact]
    public void Complete_WithoutActions_Throws()
    {
        DomainAssert.Violates("development.plan-completion", () => Plan().Complete(D(2027, 2, 2)), "'dp-1'", "no action");
    }

    [Fact]
    public void Complete_BeforeCreation_ThrowsNamingDates()
    {
        var plan = PlanWithAction();
        plan.CompleteAction(A1, Created);

        DomainAssert.Violates("development.date-order", () => plan.Complete(Created.PlusDays(-1)), "2026-12-05", "2026-12-04");
        Assert.Equal(DevelopmentPlanStatus.Active, plan.Status);
    }

    [Fact]
    public void Cancel_Active_CancelsEvenWithOpenActions()
    {
        var plan = PlanWithAction();

        plan.Cancel(Created);

        Assert.Equal(DevelopmentPlanStatus.Cancelled, plan.Status);
        Assert.Equal(DevelopmentPlanStatus.Cancelled, DomainAssert.SingleEvent<DevelopmentPlanClosed>(plan).Status);
    }

    [Fact]
    public void Cancel_BeforeCreation_Throws()
    {
        DomainAssert.Violates("development.date-order", () => Plan().Cancel(Created.PlusDays(-1)));
    }

    [Fact]
    public void ClosedPlan_RefusesEveryChange()
    {
        var plan = PlanWithAction();
        plan.Cancel(D(2027, 1, 1));

        DomainAssert.Violates("development.plan-closed", () => plan.Cancel(D(2027, 1, 2)), "'dp-1'", "Cancelled", "cancel it");
        DomainAssert.Violates("development.plan-closed", () => plan.Complete(D(2027, 1, 2)), "complete it");
        DomainAssert.Violates("development.plan-closed", () => plan.AddAction(A2, DevelopmentActionKind.Coaching, "x", D(2027, 3, 1), Craft, null, D(2027, 1, 2)), "add an action");
        DomainAssert.Violates("development.plan-closed", () => plan.StartAction(A1, D(2027, 1, 2)), "'da-1'");
        DomainAssert.Violates("development.plan-closed", () => plan.CompleteAction(A1, D(2027, 1, 2)));
        DomainAssert.Violates("development.plan-closed", () => plan.CancelAction(A1, D(2027, 1, 2)));
    }

    [Fact]
    public void IsActiveOn_FromCreationUntilTheDayBeforeClosing()
    {
        var plan = PlanWithAction();
        plan.Cancel(D(2027, 1, 10));

        Assert.False(plan.IsActiveOn(Created.PlusDays(-1)));
        Assert.True(plan.IsActiveOn(Created));
        Assert.True(plan.IsActiveOn(D(2027, 1, 9)));
        Assert.False(plan.IsActiveOn(D(2027, 1, 10)));
    }

    [Fact]
    public void ToString_NamesStatusAndActionCount()
    {
        Assert.Equal("dp-1: plan of e-alice (Active, 1 actions)", PlanWithAction().ToString());
        Assert.Equal("da-1: Training 'Course' due 2027-03-01 (Planned)", PlanWithAction().Actions[0].ToString());
    }
}
