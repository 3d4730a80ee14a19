namespace PerfDomain.Policies.Decisions;

/// <summary>What a decision recommends. Every kind is a recommendation; the host decides.</summary>
public enum DecisionKind
{
    /// <summary>A check-in with the employee is due on <see cref="Decision.DueOn"/>.</summary>
    CheckInDue = 0,

    /// <summary>A check-in is overdue; <see cref="Decision.EscalateTo"/> says whom to tell.</summary>
    CheckInOverdue = 1,

    /// <summary>A probation review (at 30, 60 or 90 days after hire) is due.</summary>
    ProbationReviewDue = 2,

    /// <summary>A self review for the cycle is due.</summary>
    SelfReviewDue = 3,

    /// <summary>A manager review for the cycle is due.</summary>
    ManagerReviewDue = 4,

    /// <summary>A review for the cycle is overdue: its window has closed.</summary>
    ReviewOverdue = 5,

    /// <summary>Recognition is recommended for the top rating.</summary>
    RecognitionRecommended = 6,

    /// <summary>The employee looks ready for promotion: top ratings in consecutive cycles and long enough in role.</summary>
    PromotionReadinessFlagged = 7,

    /// <summary>A development plan is recommended for a rating below "meets".</summary>
    DevelopmentPlanRecommended = 8,

    /// <summary>An improvement plan is recommended after consecutive ratings below "meets".</summary>
    ImprovementPlanRecommended = 9,

    /// <summary>The manager should document feedback before any corrective action ("no surprises").</summary>
    FeedbackDocumentationRequested = 10,

    /// <summary>An improvement plan has reached its end date without an outcome.</summary>
    ImprovementPlanOutcomeDue = 11,

    /// <summary>A manager's ratings stray from the guideline distribution; advisory.</summary>
    CalibrationReviewRecommended = 12,

    /// <summary>Training is recommended for a competency rated below "meets".</summary>
    TrainingRecommended = 13,

    /// <summary>Coaching is recommended for a key result at risk.</summary>
    CoachingRecommended = 14,

    /// <summary>An onboarding plan is recommended after a new role or promotion.</summary>
    OnboardingPlanRecommended = 15,

    /// <summary>Manager training is recommended for a new manager.</summary>
    ManagerTrainingRecommended = 16,

    /// <summary>Coaching on feedback is recommended for a manager whose reports hear too little from them.</summary>
    ManagerCoachingRecommended = 17,

    /// <summary>A reintegration check-in is recommended after a long leave.</summary>
    ReintegrationCheckInRecommended = 18,
}
