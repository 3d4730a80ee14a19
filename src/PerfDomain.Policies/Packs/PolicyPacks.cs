using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Development;

namespace PerfDomain.Policies.Packs;

/// <summary>The built-in policy packs.</summary>
public static class PolicyPacks
{
    /// <summary>Gets the review-cadence pack: check-ins due and overdue with escalation, probation reviews, cycle reviews.</summary>
    public static PolicyPack ReviewCadence { get; } = new(
        CadenceRule.Pack,
        CadenceRule.Version,
        "When check-ins and reviews are due per employee, what is overdue, and whom to escalate to.",
        [
            typeof(CheckInIntervalRule),
            typeof(ImprovementPlanCheckInIntervalRule),
            typeof(CheckInDueRule),
            typeof(CheckInOverdueRule),
            typeof(ProbationReviewDueRule),
            typeof(SelfReviewDueRule),
            typeof(ManagerReviewDueRule),
            typeof(CycleReviewOverdueRule),
        ],
        joinsAcrossEmployees: false);

    /// <summary>Gets the rating-consequences pack: recognition, promotion readiness, development and improvement plans, calibration anomalies.</summary>
    public static PolicyPack RatingConsequences { get; } = new(
        ConsequenceRule.Pack,
        ConsequenceRule.Version,
        "What a calibrated rating history leads to, with fairness guards: recognition, promotion readiness, development or improvement plans, calibration review.",
        [
            typeof(RecognitionRule),
            typeof(PromotionReadinessRule),
            typeof(DevelopmentPlanRule),
            typeof(ImprovementPlanRule),
            typeof(FeedbackFirstRule),
            typeof(ImprovementPlanOutcomeDueRule),
            typeof(CalibrationReviewRule),
            typeof(CalibrationDistributionRule),
        ],
        joinsAcrossEmployees: false);

    /// <summary>Gets the development-triggers pack: training, coaching, onboarding, manager training and coaching, reintegration.</summary>
    public static PolicyPack DevelopmentTriggers { get; } = new(
        DevelopmentRule.Pack,
        DevelopmentRule.Version,
        "Signals that open development actions: a competency rated low, a key result at risk, a new role, a new manager, a manager who gives little feedback, a long leave.",
        [
            typeof(TrainingRule),
            typeof(KeyResultCoachingRule),
            typeof(OnboardingPlanRule),
            typeof(ManagerTrainingRule),
            typeof(ManagerCoachingRule),
            typeof(ReintegrationCheckInRule),
        ],
        joinsAcrossEmployees: false);

    /// <summary>Gets every built-in pack.</summary>
    public static IReadOnlyList<PolicyPack> All { get; } = [ReviewCadence, RatingConsequences, DevelopmentTriggers];
}
