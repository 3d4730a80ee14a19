using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

/// <summary>Turns a snapshot, or each of its elements, into its JSON form, keeping the snapshot's order everywhere.</summary>
internal static partial class SnapshotDocumentWriter
{
    public static SnapshotDocument ToDocument(OrganizationSnapshot snapshot) => new()
    {
        SchemaVersion = OrganizationSnapshot.CurrentSchemaVersion,
        Organization = Organization(snapshot),
        OrgUnits = [.. snapshot.OrgUnits.Select(OrgUnit)],
        Employees = [.. snapshot.Employees.Select(Employee)],
        Cycles = [.. snapshot.Cycles.Select(Cycle)],
        CycleRecords = [.. snapshot.CycleRecords.Select(CycleRecord)],
        Objectives = [.. Objectives(snapshot)],
        CheckIns = [.. snapshot.CheckIns.Select(CheckIn)],
        FeedbackNotes = [.. snapshot.FeedbackNotes.Select(FeedbackNote)],
        Reviews = [.. snapshot.Reviews.Select(Review)],
        DevelopmentPlans = [.. snapshot.DevelopmentPlans.Select(DevelopmentPlan)],
        Recognitions = [.. snapshot.Recognitions.Select(Recognition)],
        ImprovementPlans = [.. snapshot.ImprovementPlans.Select(ImprovementPlan)],
        PayRanges = Optional(snapshot.PayRanges, PayRange),
        Compensation = Optional(snapshot.Compensation, Compensation),
        PotentialAssessments = Optional(snapshot.PotentialAssessments, PotentialAssessment),
    };

    public static OrganizationDocument Organization(OrganizationSnapshot snapshot) =>
        new() { Name = snapshot.OrganizationName, ReferenceDate = snapshot.ReferenceDate };

    public static OrgUnitDocument OrgUnit(OrgUnit unit) => OrgUnit(unit.Id, unit.Name, unit.ParentId);

    /// <summary>The objectives of every goal set, listed flat, each with its cycle.</summary>
    public static IEnumerable<ObjectiveDocument> Objectives(OrganizationSnapshot snapshot) =>
        snapshot.GoalSets.SelectMany(s => s.Objectives.Select(o => Objective(s.CycleId, o)));

    public static EmployeeDocument Employee(Employee employee) =>
        Employee(employee.Id, employee.Name, employee.HireDate, employee.StatusHistory, employee.RoleHistory, employee.ReportingLines, employee.OrgUnitHistory);

    public static CycleDocument Cycle(PerformanceCycle cycle) => Cycle(cycle.Id, cycle.Name, cycle.Period, cycle.Windows, cycle.Scale);

    public static CycleRecordDocument CycleRecord(CycleRecord record) => CycleRecord(record.CycleId, record.EmployeeId, record.History);

    public static ObjectiveDocument Objective(CycleId cycleId, Objective objective) => Objective(
        objective.Id,
        cycleId,
        objective.Owner,
        objective.Title,
        objective.Weight,
        objective.ParentId,
        objective.KeyResults.Select(k => new KeyResultRow(k.Id, k.Description, k.Start, k.Target, k.Unit, k.Current, k.LastUpdatedOn)));

    public static CheckInDocument CheckIn(CheckIn checkIn) =>
        CheckIn(checkIn.Id, checkIn.EmployeeId, checkIn.Date, checkIn.Participants, checkIn.Progress, checkIn.Summary);

    public static FeedbackNoteDocument FeedbackNote(FeedbackNote note) =>
        FeedbackNote(note.Id, note.FromId, note.AboutId, note.Direction, note.Date, note.Text);

    public static ReviewDocument Review(Review review) => Review(
        review.Id, review.CycleId, review.EmployeeId, review.ReviewerId, review.Role, review.StartedOn, review.SubmittedOn, review.OriginalRating, review.CompetencyRatings, review.Calibrations);

    public static DevelopmentPlanDocument DevelopmentPlan(DevelopmentPlan plan) => DevelopmentPlan(
        plan.Id,
        plan.EmployeeId,
        plan.CycleId,
        plan.CreatedOn,
        plan.Actions.Select(a => new DevelopmentActionRow(a.Id, a.Kind, a.Description, a.DueOn, a.Status, a.ClosedOn, a.CompetencyId, a.ObjectiveId)),
        plan.Status,
        plan.ClosedOn);

    public static RecognitionDocument Recognition(Recognition recognition) => Recognition(
        recognition.Id, recognition.EmployeeId, recognition.Kind, recognition.CycleId, recognition.GrantedBy, recognition.GrantedOn, recognition.Reason);

    public static ImprovementPlanDocument ImprovementPlan(ImprovementPlan plan) =>
        ImprovementPlan(plan.Id, plan.EmployeeId, plan.StartOn, plan.Duration, plan.Expectations, plan.Checkpoints, plan.Decisions);

    // The same elements from a host's rows (SnapshotBuilder): a null item of a list is kept as a
    // missing element, for the assembler to report at its path.

    public static OrgUnitDocument OrgUnit(OrgUnitId id, string name, OrgUnitId? parentId) => new() { Id = id.Value, Name = name, ParentId = parentId?.Value };

    public static EmployeeDocument Employee(
        EmployeeId id,
        string name,
        LocalDate hireDate,
        IEnumerable<EmploymentStatusChange> statusHistory,
        IEnumerable<RoleAssignment> roleHistory,
        IEnumerable<ReportingLine> reportingLines,
        IEnumerable<OrgUnitAssignment> orgUnitHistory) => new()
    {
        Id = id.Value,
        Name = name,
        HireDate = hireDate,
        StatusHistory = [.. statusHistory.Select(s => s is null ? null : new StatusChangeDocument { Status = s.Status, EffectiveOn = s.EffectiveOn })],
        RoleHistory = [.. roleHistory.Select(r => r is null ? null : new RoleDocument { Role = r.Role, Level = r.Level, EffectiveOn = r.EffectiveOn })],
        ReportingLines = [.. reportingLines.Select(l => l is null ? null : new ReportingLineDocument { ManagerId = l.ManagerId?.Value, EffectiveOn = l.EffectiveOn })],
        OrgUnitHistory = [.. orgUnitHistory.Select(u => u is null ? null : new OrgUnitAssignmentDocument { OrgUnitId = u.OrgUnitId.Value, EffectiveOn = u.EffectiveOn })],
    };

    public static CycleDocument Cycle(CycleId id, string name, DateInterval period, IEnumerable<StageWindow> windows, RatingScale scale) => new()
    {
        Id = id.Value,
        Name = name,
        Period = new DatesDocument { Start = period.Start, End = period.End },
        Windows = [.. windows.Select(w => w is null ? null : new WindowDocument { Stage = w.Stage, Start = w.Dates?.Start, End = w.Dates?.End })],
        RatingScale = new RatingScaleDocument { Labels = [.. scale.Points.Select(p => p.Label)], MeetsThreshold = scale.MeetsThreshold },
    };

    public static CycleRecordDocument CycleRecord(CycleId cycleId, EmployeeId employeeId, IEnumerable<StageEntry> history) => new()
    {
        CycleId = cycleId.Value,
        EmployeeId = employeeId.Value,
        History = [.. history.Select(h => h is null ? null : new StageEntryDocument { Stage = h.Stage, EnteredOn = h.EnteredOn })],
    };

    public static ObjectiveDocument Objective(
        ObjectiveId id, CycleId cycleId, GoalOwner owner, string title, decimal weight, ObjectiveId? parentId, IEnumerable<KeyResultRow> keyResults) => new()
    {
        Id = id.Value,
        CycleId = cycleId.Value,
        Level = owner.Level,
        OwnerId = owner.EmployeeId?.Value ?? owner.OrgUnitId?.Value,
        Title = title,
        Weight = weight,
        ParentId = parentId?.Value,
        KeyResults = [.. keyResults.Select(k => k is null ? null : new KeyResultDocument
        {
            Id = k.Id.Value,
            Description = k.Description,
            Start = k.Start,
            Target = k.Target,
            Current = k.Current,
            Unit = k.Unit,
            LastUpdatedOn = k.LastUpdatedOn,
        })],
    };

    public static CheckInDocument CheckIn(
        CheckInId id, EmployeeId employeeId, LocalDate date, IEnumerable<EmployeeId> participants, IEnumerable<KeyResultProgressNote> progress, string? summary) => new()
    {
        Id = id.Value,
        EmployeeId = employeeId.Value,
        Date = date,
        Participants = [.. participants.Select(p => p.Value)],
        Progress = [.. progress.Select(p => p is null ? null : new ProgressNoteDocument { KeyResultId = p.KeyResultId.Value, Value = p.Value, Confidence = p.Confidence })],
        Summary = summary,
    };

    public static FeedbackNoteDocument FeedbackNote(FeedbackNoteId id, EmployeeId fromId, EmployeeId aboutId, FeedbackDirection direction, LocalDate date, string text) => new()
    {
        Id = id.Value,
        FromId = fromId.Value,
        AboutId = aboutId.Value,
        Direction = direction,
        Date = date,
        Text = text,
    };

    public static ReviewDocument Review(
        ReviewId id,
        CycleId cycleId,
        EmployeeId employeeId,
        EmployeeId reviewerId,
        ReviewerRole role,
        LocalDate startedOn,
        LocalDate? submittedOn,
        int? overallRating,
        IEnumerable<CompetencyRating> competencyRatings,
        IEnumerable<Calibration> calibrations) => new()
    {
        Id = id.Value,
        CycleId = cycleId.Value,
        EmployeeId = employeeId.Value,
        ReviewerId = reviewerId.Value,
        Role = role,
        StartedOn = startedOn,
        SubmittedOn = submittedOn,
        OverallRating = overallRating,
        CompetencyRatings = [.. competencyRatings.Select(c => c is null ? null : new CompetencyRatingDocument { CompetencyId = c.CompetencyId.Value, Rating = c.Rating })],
        Calibrations = [.. calibrations.Select(c => c is null ? null : new CalibrationDocument
        {
            OriginalRating = c.OriginalRating,
            CalibratedRating = c.CalibratedRating,
            CalibratedBy = c.CalibratedBy.Value,
            Reason = c.Reason,
            CalibratedOn = c.CalibratedOn,
        })],
    };

    public static DevelopmentPlanDocument DevelopmentPlan(
        DevelopmentPlanId id,
        EmployeeId employeeId,
        CycleId? cycleId,
        LocalDate createdOn,
        IEnumerable<DevelopmentActionRow> actions,
        DevelopmentPlanStatus status,
        LocalDate? closedOn) => new()
    {
        Id = id.Value,
        EmployeeId = employeeId.Value,
        CycleId = cycleId?.Value,
        CreatedOn = createdOn,
        Status = status,
        ClosedOn = closedOn,
        Actions = [.. actions.Select(a => a is null ? null : new DevelopmentActionDocument
        {
            Id = a.Id.Value,
            Kind = a.Kind,
            Description = a.Description,
            DueOn = a.DueOn,
            CompetencyId = a.CompetencyId?.Value,
            ObjectiveId = a.ObjectiveId?.Value,
            Status = a.Status,
            ClosedOn = a.ClosedOn,
        })],
    };

    public static RecognitionDocument Recognition(
        RecognitionId id, EmployeeId employeeId, RecognitionKind kind, CycleId? cycleId, EmployeeId grantedBy, LocalDate grantedOn, string reason) => new()
    {
        Id = id.Value,
        EmployeeId = employeeId.Value,
        Kind = kind,
        CycleId = cycleId?.Value,
        GrantedBy = grantedBy.Value,
        GrantedOn = grantedOn,
        Reason = reason,
    };

    public static ImprovementPlanDocument ImprovementPlan(
        ImprovementPlanId id,
        EmployeeId employeeId,
        LocalDate startOn,
        Period duration,
        string expectations,
        IEnumerable<ImprovementPlanCheckpoint> checkpoints,
        IEnumerable<ImprovementPlanDecision> decisions) => new()
    {
        Id = id.Value,
        EmployeeId = employeeId.Value,
        StartOn = startOn,
        Duration = duration,
        Expectations = expectations,
        Checkpoints = [.. checkpoints.Select(c => c is null ? null : new CheckpointDocument { DueOn = c.DueOn, HeldOn = c.HeldOn, Note = c.Note })],
        Decisions = [.. decisions.Select(d => d is null ? null : new PlanDecisionDocument
        {
            Outcome = d.Outcome,
            DecidedOn = d.DecidedOn,
            DecidedBy = d.DecidedBy.Value,
            NewEndsOn = d.NewEndsOn,
        })],
    };
}
