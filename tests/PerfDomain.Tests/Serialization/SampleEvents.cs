using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Consequences.Events;
using PerfDomain.Cycles;
using PerfDomain.Cycles.Events;
using PerfDomain.Development;
using PerfDomain.Development.Events;
using PerfDomain.Employees;
using PerfDomain.Employees.Events;
using PerfDomain.Feedback;
using PerfDomain.Feedback.Events;
using PerfDomain.Goals;
using PerfDomain.Goals.Events;
using PerfDomain.Reviews;
using PerfDomain.Reviews.Events;
using PerfDomain.TalentReview;
using PerfDomain.TalentReview.Events;

namespace PerfDomain.Tests.Serialization;

/// <summary>One event of every type, with every optional value both present and absent somewhere.</summary>
internal static class SampleEvents
{
    private static readonly LocalDate On = new(2026, 6, 30);
    private static readonly EmployeeId E018 = new("e-018");
    private static readonly EmployeeId E010 = new("e-010");
    private static readonly CycleId C2026 = new("c-2026");

    public static IReadOnlyList<IDomainEvent> All { get; } =
    [
        new EmployeeHired(E018, new LocalDate(2022, 1, 10), EmploymentStatus.Probation),
        new EmploymentStatusChanged(E018, EmploymentStatus.Active, EmploymentStatus.OnLeave, On),
        new ManagerAssigned(E018, E010, On),
        new ManagerAssigned(E010, null, On),
        new OrgUnitChanged(E018, new OrgUnitId("u-eng"), On),
        new RoleChanged(E018, new RoleAssignment("Software Engineer", 3, new LocalDate(2022, 1, 10)), new RoleAssignment("Senior Software Engineer", 4, On), On),
        new CycleRecordOpened(C2026, E018, On),
        new CycleStageAdvanced(C2026, E018, LifecycleStage.GoalSetting, LifecycleStage.OngoingFeedback, On),
        new KeyResultAdded(C2026, new ObjectiveId("o-1"), new KeyResultId("kr-1"), 0m, 12.5m, "deals closed", On),
        new KeyResultProgressRecorded(C2026, new KeyResultId("kr-1"), 2.25m, 3.50m, On),
        new ObjectiveAdded(C2026, new ObjectiveId("o-org"), GoalOwner.Organization, 1m, null, On),
        new ObjectiveAdded(C2026, new ObjectiveId("o-eng"), GoalOwner.Team(new OrgUnitId("u-eng")), 0.5m, new ObjectiveId("o-org"), On),
        new ObjectiveAdded(C2026, new ObjectiveId("o-1"), GoalOwner.Individual(E018), 0.25m, new ObjectiveId("o-eng"), On),
        new ObjectiveAligned(C2026, new ObjectiveId("o-1"), null, On),
        new ObjectivesReweighted(C2026, GoalOwner.Individual(E018), On),
        new CheckInRecorded(new CheckInId("ch-1"), E018, On),
        new FeedbackGiven(new FeedbackNoteId("fb-1"), E010, E018, FeedbackDirection.Downward, On),
        new RatingCalibrated(new ReviewId("r-1"), E018, new Calibration(2, 3, E010, "Strong second half — José's team agreed.", On), On),
        new RatingCalibrated(new ReviewId("r-2"), E018, new Calibration(3, 3, E010, null, On), On),
        new ReviewStarted(new ReviewId("r-1"), C2026, E018, E010, ReviewerRole.Manager, On),
        new ReviewSubmitted(new ReviewId("r-1"), E018, 4, On),
        new PotentialAssessed(new PotentialAssessmentId("pa-1"), C2026, E018, E010, PotentialLevel.Moderate, On),
        new PotentialCalibrated(new PotentialAssessmentId("pa-1"), E018, new PotentialCalibration(PotentialLevel.Moderate, PotentialLevel.High, E010, "Leads design work beyond the team.", On), On),
        new PotentialCalibrated(new PotentialAssessmentId("pa-2"), E018, new PotentialCalibration(PotentialLevel.Low, PotentialLevel.Low, E010, null, On), On),
        new DevelopmentActionAdded(new DevelopmentPlanId("dp-1"), new DevelopmentActionId("dp-1-1"), DevelopmentActionKind.StretchAssignment, On.PlusDays(90), On),
        new DevelopmentActionStatusChanged(new DevelopmentPlanId("dp-1"), new DevelopmentActionId("dp-1-1"), DevelopmentActionStatus.InProgress, On),
        new DevelopmentPlanClosed(new DevelopmentPlanId("dp-1"), E018, DevelopmentPlanStatus.Cancelled, On),
        new DevelopmentPlanCreated(new DevelopmentPlanId("dp-1"), E018, On),
        new ImprovementPlanCheckpointHeld(new ImprovementPlanId("ip-1"), On.PlusDays(-2), On),
        new ImprovementPlanOutcomeRecorded(new ImprovementPlanId("ip-1"), E018, new ImprovementPlanDecision(ImprovementPlanOutcome.Extended, On, E010, On.PlusDays(30)), On),
        new ImprovementPlanOutcomeRecorded(new ImprovementPlanId("ip-2"), E018, new ImprovementPlanDecision(ImprovementPlanOutcome.Successful, On, E010), On),
        new ImprovementPlanStarted(new ImprovementPlanId("ip-1"), E018, On.PlusDays(60), On),
        new RecognitionGranted(new RecognitionId("rc-1"), E018, RecognitionKind.PromotionNomination, On),
    ];
}
