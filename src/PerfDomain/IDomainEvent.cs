using System.Text.Json.Serialization;
using NodaTime;

namespace PerfDomain;

/// <summary>
/// Something that happened in the performance-management lifecycle, named in the past tense
/// (<c>CheckInRecorded</c>, <c>RatingCalibrated</c>). Hosts persist these as they see fit.
/// </summary>
/// <remarks>
/// Implementations are immutable records. Their JSON form (with <see cref="Serialization.PerfDomainJson.Options"/>),
/// when serialised as <see cref="IDomainEvent"/>, starts with a <c>"type"</c> member naming the event in camelCase
/// (<c>"checkInRecorded"</c>), by which it is read back as the same event type; see docs/wire-formats.md.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = Serialization.PerfDomainJson.TypeDiscriminatorPropertyName)]
[JsonDerivedType(typeof(Employees.Events.EmployeeHired), "employeeHired")]
[JsonDerivedType(typeof(Employees.Events.EmploymentStatusChanged), "employmentStatusChanged")]
[JsonDerivedType(typeof(Employees.Events.ManagerAssigned), "managerAssigned")]
[JsonDerivedType(typeof(Employees.Events.OrgUnitChanged), "orgUnitChanged")]
[JsonDerivedType(typeof(Employees.Events.RoleChanged), "roleChanged")]
[JsonDerivedType(typeof(Cycles.Events.CycleRecordOpened), "cycleRecordOpened")]
[JsonDerivedType(typeof(Cycles.Events.CycleStageAdvanced), "cycleStageAdvanced")]
[JsonDerivedType(typeof(Goals.Events.KeyResultAdded), "keyResultAdded")]
[JsonDerivedType(typeof(Goals.Events.KeyResultProgressRecorded), "keyResultProgressRecorded")]
[JsonDerivedType(typeof(Goals.Events.ObjectiveAdded), "objectiveAdded")]
[JsonDerivedType(typeof(Goals.Events.ObjectiveAligned), "objectiveAligned")]
[JsonDerivedType(typeof(Goals.Events.ObjectivesReweighted), "objectivesReweighted")]
[JsonDerivedType(typeof(Feedback.Events.CheckInRecorded), "checkInRecorded")]
[JsonDerivedType(typeof(Feedback.Events.FeedbackGiven), "feedbackGiven")]
[JsonDerivedType(typeof(Reviews.Events.RatingCalibrated), "ratingCalibrated")]
[JsonDerivedType(typeof(Reviews.Events.ReviewStarted), "reviewStarted")]
[JsonDerivedType(typeof(Reviews.Events.ReviewSubmitted), "reviewSubmitted")]
[JsonDerivedType(typeof(TalentReview.Events.PotentialAssessed), "potentialAssessed")]
[JsonDerivedType(typeof(TalentReview.Events.PotentialCalibrated), "potentialCalibrated")]
[JsonDerivedType(typeof(Development.Events.DevelopmentActionAdded), "developmentActionAdded")]
[JsonDerivedType(typeof(Development.Events.DevelopmentActionStatusChanged), "developmentActionStatusChanged")]
[JsonDerivedType(typeof(Development.Events.DevelopmentPlanClosed), "developmentPlanClosed")]
[JsonDerivedType(typeof(Development.Events.DevelopmentPlanCreated), "developmentPlanCreated")]
[JsonDerivedType(typeof(Consequences.Events.ImprovementPlanCheckpointHeld), "improvementPlanCheckpointHeld")]
[JsonDerivedType(typeof(Consequences.Events.ImprovementPlanOutcomeRecorded), "improvementPlanOutcomeRecorded")]
[JsonDerivedType(typeof(Consequences.Events.ImprovementPlanStarted), "improvementPlanStarted")]
[JsonDerivedType(typeof(Consequences.Events.RecognitionGranted), "recognitionGranted")]
public interface IDomainEvent
{
    /// <summary>Gets the calendar date on which the change took effect.</summary>
    LocalDate OccurredOn { get; }
}
