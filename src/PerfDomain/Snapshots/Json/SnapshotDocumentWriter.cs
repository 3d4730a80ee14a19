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

    public static OrgUnitDocument OrgUnit(OrgUnit unit) => new() { Id = unit.Id.Value, Name = unit.Name, ParentId = unit.ParentId?.Value };

    /// <summary>The objectives of every goal set, listed flat, each with its cycle.</summary>
    public static IEnumerable<ObjectiveDocument> Objectives(OrganizationSnapshot snapshot) =>
        snapshot.GoalSets.SelectMany(s => s.Objectives.Select(o => Objective(s.CycleId, o)));

    public static EmployeeDocument Employee(Employee employee) => new()
    {
        Id = employee.Id.Value,
        Name = employee.Name,
        HireDate = employee.HireDate,
        StatusHistory = [.. employee.StatusHistory.Select(s => new StatusChangeDocument { Status = s.Status, EffectiveOn = s.EffectiveOn })],
        RoleHistory = [.. employee.RoleHistory.Select(r => new RoleDocument { Role = r.Role, Level = r.Level, EffectiveOn = r.EffectiveOn })],
        ReportingLines = [.. employee.ReportingLines.Select(l => new ReportingLineDocument { ManagerId = l.ManagerId?.Value, EffectiveOn = l.EffectiveOn })],
        OrgUnitHistory = [.. employee.OrgUnitHistory.Select(u => new OrgUnitAssignmentDocument { OrgUnitId = u.OrgUnitId.Value, EffectiveOn = u.EffectiveOn })],
    };

    public static CycleDocument Cycle(PerformanceCycle cycle) => new()
    {
        Id = cycle.Id.Value,
        Name = cycle.Name,
        Period = new DatesDocument { Start = cycle.Period.Start, End = cycle.Period.End },
        Windows = [.. cycle.Windows.Select(w => new WindowDocument { Stage = w.Stage, Start = w.Dates.Start, End = w.Dates.End })],
        RatingScale = new RatingScaleDocument { Labels = [.. cycle.Scale.Points.Select(p => p.Label)], MeetsThreshold = cycle.Scale.MeetsThreshold },
    };

    public static CycleRecordDocument CycleRecord(CycleRecord record) => new()
    {
        CycleId = record.CycleId.Value,
        EmployeeId = record.EmployeeId.Value,
        History = [.. record.History.Select(h => new StageEntryDocument { Stage = h.Stage, EnteredOn = h.EnteredOn })],
    };

    public static ObjectiveDocument Objective(CycleId cycleId, Objective objective) => new()
    {
        Id = objective.Id.Value,
        CycleId = cycleId.Value,
        Level = objective.Level,
        OwnerId = objective.Owner.EmployeeId?.Value ?? objective.Owner.OrgUnitId?.Value,
        Title = objective.Title,
        Weight = objective.Weight,
        ParentId = objective.ParentId?.Value,
        KeyResults = [.. objective.KeyResults.Select(k => new KeyResultDocument
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

    public static CheckInDocument CheckIn(CheckIn checkIn) => new()
    {
        Id = checkIn.Id.Value,
        EmployeeId = checkIn.EmployeeId.Value,
        Date = checkIn.Date,
        Participants = [.. checkIn.Participants.Select(p => p.Value)],
        Progress = [.. checkIn.Progress.Select(p => new ProgressNoteDocument { KeyResultId = p.KeyResultId.Value, Value = p.Value, Confidence = p.Confidence })],
        Summary = checkIn.Summary,
    };

    public static FeedbackNoteDocument FeedbackNote(FeedbackNote note) => new()
    {
        Id = note.Id.Value,
        FromId = note.FromId.Value,
        AboutId = note.AboutId.Value,
        Direction = note.Direction,
        Date = note.Date,
        Text = note.Text,
    };

    public static ReviewDocument Review(Review review) => new()
    {
        Id = review.Id.Value,
        CycleId = review.CycleId.Value,
        EmployeeId = review.EmployeeId.Value,
        ReviewerId = review.ReviewerId.Value,
        Role = review.Role,
        StartedOn = review.StartedOn,
        SubmittedOn = review.SubmittedOn,
        OverallRating = review.OriginalRating,
        CompetencyRatings = [.. review.CompetencyRatings.Select(c => new CompetencyRatingDocument { CompetencyId = c.CompetencyId.Value, Rating = c.Rating })],
        Calibrations = [.. review.Calibrations.Select(c => new CalibrationDocument
        {
            OriginalRating = c.OriginalRating,
            CalibratedRating = c.CalibratedRating,
            CalibratedBy = c.CalibratedBy.Value,
            Reason = c.Reason,
            CalibratedOn = c.CalibratedOn,
        })],
    };

    public static DevelopmentPlanDocument DevelopmentPlan(DevelopmentPlan plan) => new()
    {
        Id = plan.Id.Value,
        EmployeeId = plan.EmployeeId.Value,
        CycleId = plan.CycleId?.Value,
        CreatedOn = plan.CreatedOn,
        Status = plan.Status,
        ClosedOn = plan.ClosedOn,
        Actions = [.. plan.Actions.Select(a => new DevelopmentActionDocument
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

    public static RecognitionDocument Recognition(Recognition recognition) => new()
    {
        Id = recognition.Id.Value,
        EmployeeId = recognition.EmployeeId.Value,
        Kind = recognition.Kind,
        CycleId = recognition.CycleId?.Value,
        GrantedBy = recognition.GrantedBy.Value,
        GrantedOn = recognition.GrantedOn,
        Reason = recognition.Reason,
    };

    public static ImprovementPlanDocument ImprovementPlan(ImprovementPlan plan) => new()
    {
        Id = plan.Id.Value,
        EmployeeId = plan.EmployeeId.Value,
        StartOn = plan.StartOn,
        Duration = plan.Duration,
        Expectations = plan.Expectations,
        Checkpoints = [.. plan.Checkpoints.Select(c => new CheckpointDocument { DueOn = c.DueOn, HeldOn = c.HeldOn, Note = c.Note })],
        Decisions = [.. plan.Decisions.Select(d => new PlanDecisionDocument { Outcome = d.Outcome, DecidedOn = d.DecidedOn, DecidedBy = d.DecidedBy.Value, NewEndsOn = d.NewEndsOn })],
    };
}
