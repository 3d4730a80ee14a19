using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Consequences;
using PerfDomain.Policies.Development;
using PerfDomain.Policies.Rewards;

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

    /// <summary>Gets the rewards pack: merit increase guidelines, bonus eligibility and retention conversations, every one for approval.</summary>
    /// <remarks>Merit guidelines need pay (optional in a snapshot): employees without it are skipped. The budget view is <see cref="MeritBudget"/>.</remarks>
    public static PolicyPack Rewards { get; } = new(
        RewardsRule.Pack,
        RewardsRule.Version,
        "The rewards of a calibrated rating and the risks to keep high performers: merit increase guidelines from a merit matrix (prorated, capped at the range maximum), bonus eligibility with its reason, retention conversations with their signals.",
        [
            typeof(MeritIncreaseRule),
            typeof(BonusEligibilityRule),
            typeof(BonusNotEligibleRule),
            typeof(BonusOnImprovementPlanRule),
            typeof(RetentionConversationRule),
        ],
        joinsAcrossEmployees: false);

    /// <summary>Gets every built-in pack.</summary>
    public static IReadOnlyList<PolicyPack> All { get; } = [ReviewCadence, RatingConsequences, DevelopmentTriggers, Rewards];
}
