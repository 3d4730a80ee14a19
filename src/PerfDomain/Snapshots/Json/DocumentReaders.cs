using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// The <see cref="DocumentReader{T}"/> of every element document of the snapshot format, the fast path of
/// <see cref="SnapshotJsonParser"/>: one line per member, each checked against the serializer's metadata
/// when built, so that a member added to a document without a line here fails at start-up (and in tests).
/// </summary>
internal static class DocumentReaders
{
    public static DocumentReader<OrgUnitDocument> OrgUnit { get; } = new DocumentReader<OrgUnitDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("name", (d, v) => d.Name = v)
        .Value<string>("parentId", (d, v) => d.ParentId = v)
        .Build();

    public static DocumentReader<EmployeeDocument> Employee { get; } = new DocumentReader<EmployeeDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("name", (d, v) => d.Name = v)
        .Value<LocalDate>("hireDate", (d, v) => d.HireDate = v)
        .List("statusHistory", new DocumentReader<StatusChangeDocument>()
            .Value<EmploymentStatus>("status", (d, v) => d.Status = v)
            .Value<LocalDate>("effectiveOn", (d, v) => d.EffectiveOn = v)
            .Build(), (d, v) => d.StatusHistory = v)
        .List("roleHistory", new DocumentReader<RoleDocument>()
            .Value<string>("role", (d, v) => d.Role = v)
            .Value<int>("level", (d, v) => d.Level = v)
            .Value<LocalDate>("effectiveOn", (d, v) => d.EffectiveOn = v)
            .Build(), (d, v) => d.RoleHistory = v)
        .List("reportingLines", new DocumentReader<ReportingLineDocument>()
            .Value<string>("managerId", (d, v) => d.ManagerId = v)
            .Value<LocalDate>("effectiveOn", (d, v) => d.EffectiveOn = v)
            .Build(), (d, v) => d.ReportingLines = v)
        .List("orgUnitHistory", new DocumentReader<OrgUnitAssignmentDocument>()
            .Value<string>("orgUnitId", (d, v) => d.OrgUnitId = v)
            .Value<LocalDate>("effectiveOn", (d, v) => d.EffectiveOn = v)
            .Build(), (d, v) => d.OrgUnitHistory = v)
        .Build();

    public static DocumentReader<CycleDocument> Cycle { get; } = new DocumentReader<CycleDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("name", (d, v) => d.Name = v)
        .Object("period", new DocumentReader<DatesDocument>()
            .Value<LocalDate>("start", (d, v) => d.Start = v)
            .Value<LocalDate>("end", (d, v) => d.End = v)
            .Build(), (d, v) => d.Period = v)
        .List("windows", new DocumentReader<WindowDocument>()
            .Value<LifecycleStage>("stage", (d, v) => d.Stage = v)
            .Value<LocalDate>("start", (d, v) => d.Start = v)
            .Value<LocalDate>("end", (d, v) => d.End = v)
            .Build(), (d, v) => d.Windows = v)
        .Object("ratingScale", new DocumentReader<RatingScaleDocument>()
            .Texts("labels", (d, v) => d.Labels = v)
            .Value<int>("meetsThreshold", (d, v) => d.MeetsThreshold = v)
            .Build(), (d, v) => d.RatingScale = v)
        .Build();

    public static DocumentReader<CycleRecordDocument> CycleRecord { get; } = new DocumentReader<CycleRecordDocument>()
        .Value<string>("cycleId", (d, v) => d.CycleId = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .List("history", new DocumentReader<StageEntryDocument>()
            .Value<LifecycleStage>("stage", (d, v) => d.Stage = v)
            .Value<LocalDate>("enteredOn", (d, v) => d.EnteredOn = v)
            .Build(), (d, v) => d.History = v)
        .Build();

    public static DocumentReader<ObjectiveDocument> Objective { get; } = new DocumentReader<ObjectiveDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("cycleId", (d, v) => d.CycleId = v)
        .Value<GoalLevel>("level", (d, v) => d.Level = v)
        .Value<string>("ownerId", (d, v) => d.OwnerId = v)
        .Value<string>("title", (d, v) => d.Title = v)
        .Value<decimal>("weight", (d, v) => d.Weight = v)
        .Value<string>("parentId", (d, v) => d.ParentId = v)
        .List("keyResults", new DocumentReader<KeyResultDocument>()
            .Value<string>("id", (d, v) => d.Id = v)
            .Value<string>("description", (d, v) => d.Description = v)
            .Value<decimal>("start", (d, v) => d.Start = v)
            .Value<decimal>("target", (d, v) => d.Target = v)
            .Value<decimal>("current", (d, v) => d.Current = v)
            .Value<string>("unit", (d, v) => d.Unit = v)
            .Value<LocalDate>("lastUpdatedOn", (d, v) => d.LastUpdatedOn = v)
            .Build(), (d, v) => d.KeyResults = v)
        .Build();

    public static DocumentReader<CheckInDocument> CheckIn { get; } = new DocumentReader<CheckInDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .Value<LocalDate>("date", (d, v) => d.Date = v)
        .Texts("participants", (d, v) => d.Participants = v)
        .List("progress", new DocumentReader<ProgressNoteDocument>()
            .Value<string>("keyResultId", (d, v) => d.KeyResultId = v)
            .Value<decimal>("value", (d, v) => d.Value = v)
            .Value<int>("confidence", (d, v) => d.Confidence = v)
            .Build(), (d, v) => d.Progress = v)
        .Value<string>("summary", (d, v) => d.Summary = v)
        .Build();

    public static DocumentReader<FeedbackNoteDocument> FeedbackNote { get; } = new DocumentReader<FeedbackNoteDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("fromId", (d, v) => d.FromId = v)
        .Value<string>("aboutId", (d, v) => d.AboutId = v)
        .Value<FeedbackDirection>("direction", (d, v) => d.Direction = v)
        .Value<LocalDate>("date", (d, v) => d.Date = v)
        .Value<string>("text", (d, v) => d.Text = v)
        .Build();

    public static DocumentReader<ReviewDocument> Review { get; } = new DocumentReader<ReviewDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("cycleId", (d, v) => d.CycleId = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .Value<string>("reviewerId", (d, v) => d.ReviewerId = v)
        .Value<ReviewerRole>("role", (d, v) => d.Role = v)
        .Value<LocalDate>("startedOn", (d, v) => d.StartedOn = v)
        .Value<LocalDate>("submittedOn", (d, v) => d.SubmittedOn = v)
        .Value<int>("overallRating", (d, v) => d.OverallRating = v)
        .List("competencyRatings", new DocumentReader<CompetencyRatingDocument>()
            .Value<string>("competencyId", (d, v) => d.CompetencyId = v)
            .Value<int>("rating", (d, v) => d.Rating = v)
            .Build(), (d, v) => d.CompetencyRatings = v)
        .List("calibrations", new DocumentReader<CalibrationDocument>()
            .Value<int>("originalRating", (d, v) => d.OriginalRating = v)
            .Value<int>("calibratedRating", (d, v) => d.CalibratedRating = v)
            .Value<string>("calibratedBy", (d, v) => d.CalibratedBy = v)
            .Value<string>("reason", (d, v) => d.Reason = v)
            .Value<LocalDate>("calibratedOn", (d, v) => d.CalibratedOn = v)
            .Build(), (d, v) => d.Calibrations = v)
        .Build();

    public static DocumentReader<DevelopmentPlanDocument> DevelopmentPlan { get; } = new DocumentReader<DevelopmentPlanDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .Value<string>("cycleId", (d, v) => d.CycleId = v)
        .Value<LocalDate>("createdOn", (d, v) => d.CreatedOn = v)
        .Value<DevelopmentPlanStatus>("status", (d, v) => d.Status = v)
        .Value<LocalDate>("closedOn", (d, v) => d.ClosedOn = v)
        .List("actions", new DocumentReader<DevelopmentActionDocument>()
            .Value<string>("id", (d, v) => d.Id = v)
            .Value<DevelopmentActionKind>("kind", (d, v) => d.Kind = v)
            .Value<string>("description", (d, v) => d.Description = v)
            .Value<LocalDate>("dueOn", (d, v) => d.DueOn = v)
            .Value<string>("competencyId", (d, v) => d.CompetencyId = v)
            .Value<string>("objectiveId", (d, v) => d.ObjectiveId = v)
            .Value<DevelopmentActionStatus>("status", (d, v) => d.Status = v)
            .Value<LocalDate>("closedOn", (d, v) => d.ClosedOn = v)
            .Build(), (d, v) => d.Actions = v)
        .Build();

    public static DocumentReader<RecognitionDocument> Recognition { get; } = new DocumentReader<RecognitionDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .Value<RecognitionKind>("kind", (d, v) => d.Kind = v)
        .Value<string>("cycleId", (d, v) => d.CycleId = v)
        .Value<string>("grantedBy", (d, v) => d.GrantedBy = v)
        .Value<LocalDate>("grantedOn", (d, v) => d.GrantedOn = v)
        .Value<string>("reason", (d, v) => d.Reason = v)
        .Build();

    public static DocumentReader<ImprovementPlanDocument> ImprovementPlan { get; } = new DocumentReader<ImprovementPlanDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .Value<LocalDate>("startOn", (d, v) => d.StartOn = v)
        .Value<Period>("duration", (d, v) => d.Duration = v)
        .Value<string>("expectations", (d, v) => d.Expectations = v)
        .List("checkpoints", new DocumentReader<CheckpointDocument>()
            .Value<LocalDate>("dueOn", (d, v) => d.DueOn = v)
            .Value<LocalDate>("heldOn", (d, v) => d.HeldOn = v)
            .Value<string>("note", (d, v) => d.Note = v)
            .Build(), (d, v) => d.Checkpoints = v)
        .List("decisions", new DocumentReader<PlanDecisionDocument>()
            .Value<ImprovementPlanOutcome>("outcome", (d, v) => d.Outcome = v)
            .Value<LocalDate>("decidedOn", (d, v) => d.DecidedOn = v)
            .Value<string>("decidedBy", (d, v) => d.DecidedBy = v)
            .Value<LocalDate>("newEndsOn", (d, v) => d.NewEndsOn = v)
            .Build(), (d, v) => d.Decisions = v)
        .Build();

    public static DocumentReader<PayRangeDocument> PayRange { get; } = new DocumentReader<PayRangeDocument>()
        .Value<string>("gradeId", (d, v) => d.GradeId = v)
        .Value<string>("currency", (d, v) => d.Currency = v)
        .Value<PayPeriod>("period", (d, v) => d.Period = v)
        .Value<decimal>("minimum", (d, v) => d.Minimum = v)
        .Value<decimal>("midpoint", (d, v) => d.Midpoint = v)
        .Value<decimal>("maximum", (d, v) => d.Maximum = v)
        .Build();

    public static DocumentReader<CompensationDocument> Compensation { get; } = new DocumentReader<CompensationDocument>()
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .List("basePay", new DocumentReader<BasePayDocument>()
            .Value<LocalDate>("effectiveOn", (d, v) => d.EffectiveOn = v)
            .Value<decimal>("amount", (d, v) => d.Amount = v)
            .Value<string>("currency", (d, v) => d.Currency = v)
            .Value<PayPeriod>("period", (d, v) => d.Period = v)
            .Value<string>("gradeId", (d, v) => d.GradeId = v)
            .Build(), (d, v) => d.BasePay = v)
        .Build();

    public static DocumentReader<PotentialAssessmentDocument> PotentialAssessment { get; } = new DocumentReader<PotentialAssessmentDocument>()
        .Value<string>("id", (d, v) => d.Id = v)
        .Value<string>("cycleId", (d, v) => d.CycleId = v)
        .Value<string>("employeeId", (d, v) => d.EmployeeId = v)
        .Value<string>("assessedBy", (d, v) => d.AssessedBy = v)
        .Value<LocalDate>("assessedOn", (d, v) => d.AssessedOn = v)
        .Value<PotentialLevel>("potential", (d, v) => d.Potential = v)
        .List("calibrations", new DocumentReader<PotentialCalibrationDocument>()
            .Value<PotentialLevel>("originalPotential", (d, v) => d.OriginalPotential = v)
            .Value<PotentialLevel>("calibratedPotential", (d, v) => d.CalibratedPotential = v)
            .Value<string>("calibratedBy", (d, v) => d.CalibratedBy = v)
            .Value<string>("reason", (d, v) => d.Reason = v)
            .Value<LocalDate>("calibratedOn", (d, v) => d.CalibratedOn = v)
            .Build(), (d, v) => d.Calibrations = v)
        .Build();
}
