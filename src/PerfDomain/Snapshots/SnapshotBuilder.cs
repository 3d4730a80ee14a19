using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Snapshots.Json;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots;

/// <summary>
/// Assembles an <see cref="OrganizationSnapshot"/> from a host's own rows — employees with their
/// histories, cycles, check-ins, reviews and the rest, as the host stores them — without JSON and
/// without replaying the commands that made them.
/// </summary>
/// <remarks>
/// <para>
/// Each <c>Add…</c> method takes one element of one collection of the snapshot format
/// (<c>docs/snapshot-format.md</c>), with the same members, typed; nothing is checked until
/// <see cref="Build"/>. <see cref="Build"/> checks exactly what <see cref="SnapshotReader"/> checks
/// — the values' limits (text length, blank text, ranges, <see cref="OrganizationSnapshot.SupportedDates"/>,
/// known enum values), each element's domain rules (histories in date order, impossible moves,
/// ratings on the scale, plans closed after they were created), duplicate ids, references that do
/// not resolve, cycles in objective alignment, in unit nesting and in the management chain — with
/// the same code, and reports the first problem as an <see cref="InvalidSnapshotException"/> whose
/// <see cref="InvalidSnapshotException.Path"/> is the path the JSON form of the same rows would have:
/// the collection and the element's position in the order the host added it, such as
/// <c>$.employees[3].reportingLines[0].managerId</c> for the first reporting line of the fourth
/// employee added. The same rows written as JSON and read give the same snapshot, or the same error.
/// </para>
/// <para>
/// Objectives are listed flat, each with its cycle, as in the format: the objectives of one cycle
/// are its goal set, and must be added one after the other (order the rows by cycle).
/// </para>
/// <para>
/// Pay and potential (the sections of schema version 2: <see cref="AddPayRange"/>,
/// <see cref="AddCompensation"/>, <see cref="AddPotentialAssessment"/>) are optional, as in the format;
/// a snapshot built without them has none.
/// </para>
/// <para>
/// <see cref="Build"/> may be called again (after adding more rows, say); each call assembles new
/// aggregates. Not thread-safe: one builder serves one caller at a time.
/// </para>
/// </remarks>
public sealed class SnapshotBuilder
{
    private readonly SnapshotDocument _document;

    /// <summary>Initialises an empty builder.</summary>
    /// <param name="organizationName">The organisation's display name (at most 200 characters).</param>
    /// <param name="referenceDate">The day the snapshot describes, the default "as of" of tools; optional.</param>
    public SnapshotBuilder(string organizationName, LocalDate? referenceDate = null)
    {
        _document = new SnapshotDocument
        {
            SchemaVersion = OrganizationSnapshot.CurrentSchemaVersion,
            Organization = new OrganizationDocument { Name = organizationName, ReferenceDate = referenceDate },
            OrgUnits = [],
            Employees = [],
            Cycles = [],
            CycleRecords = [],
            Objectives = [],
            CheckIns = [],
            FeedbackNotes = [],
            Reviews = [],
            DevelopmentPlans = [],
            Recognitions = [],
            ImprovementPlans = [],
        };
    }

    /// <summary>Adds an org unit (<c>$.orgUnits</c>).</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="name">Its name (at most 200 characters).</param>
    /// <param name="parentId">The unit it belongs to, if any.</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddOrgUnit(OrgUnitId id, string name, OrgUnitId? parentId = null)
    {
        _document.OrgUnits!.Add(SnapshotDocumentWriter.OrgUnit(id, name, parentId));
        return this;
    }

    /// <summary>Adds an employee with their histories (<c>$.employees</c>).</summary>
    /// <param name="id">The employee's id.</param>
    /// <param name="name">Their name (at most 200 characters).</param>
    /// <param name="hireDate">The day they were hired; the first entry of every history takes effect on it.</param>
    /// <param name="statusHistory">Their employment statuses, in date order; the first is probation or active.</param>
    /// <param name="roleHistory">Their roles and levels, in date order.</param>
    /// <param name="reportingLines">Their managers, in date order; a null manager for none.</param>
    /// <param name="orgUnitHistory">Their units, in date order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">A history is <see langword="null"/>.</exception>
    public SnapshotBuilder AddEmployee(
        EmployeeId id,
        string name,
        LocalDate hireDate,
        IEnumerable<EmploymentStatusChange> statusHistory,
        IEnumerable<RoleAssignment> roleHistory,
        IEnumerable<ReportingLine> reportingLines,
        IEnumerable<OrgUnitAssignment> orgUnitHistory)
    {
        Guard.Against.Null(statusHistory);
        Guard.Against.Null(roleHistory);
        Guard.Against.Null(reportingLines);
        Guard.Against.Null(orgUnitHistory);
        _document.Employees!.Add(SnapshotDocumentWriter.Employee(id, name, hireDate, statusHistory, roleHistory, reportingLines, orgUnitHistory));
        return this;
    }

    /// <summary>Adds a performance cycle (<c>$.cycles</c>).</summary>
    /// <param name="id">The cycle's id.</param>
    /// <param name="name">Its name (at most 200 characters).</param>
    /// <param name="period">The days it covers.</param>
    /// <param name="windows">The window of each stage, in stage order, inside the period.</param>
    /// <param name="scale">The rating scale of its reviews.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/>, <paramref name="windows"/> or <paramref name="scale"/> is <see langword="null"/>.</exception>
    public SnapshotBuilder AddCycle(CycleId id, string name, DateInterval period, IEnumerable<StageWindow> windows, RatingScale scale)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(windows);
        Guard.Against.Null(scale);
        _document.Cycles!.Add(SnapshotDocumentWriter.Cycle(id, name, period, windows, scale));
        return this;
    }

    /// <summary>Adds an employee's record of a cycle (<c>$.cycleRecords</c>).</summary>
    /// <param name="cycleId">The cycle.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="history">The stages entered, in order, starting with goal setting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is <see langword="null"/>.</exception>
    public SnapshotBuilder AddCycleRecord(CycleId cycleId, EmployeeId employeeId, IEnumerable<StageEntry> history)
    {
        Guard.Against.Null(history);
        _document.CycleRecords!.Add(SnapshotDocumentWriter.CycleRecord(cycleId, employeeId, history));
        return this;
    }

    /// <summary>Adds an objective of a cycle's goal set, with its key results (<c>$.objectives</c>).</summary>
    /// <param name="id">The objective's id.</param>
    /// <param name="cycleId">Its cycle; the objectives of one cycle are added one after the other.</param>
    /// <param name="owner">The organisation, a team (org unit) or a person.</param>
    /// <param name="title">Its title (at most 500 characters).</param>
    /// <param name="weight">Its weight in percent (0 to 100) among its owner's objectives.</param>
    /// <param name="parentId">The objective of the same cycle it aligns to, if any; alignment never forms a cycle.</param>
    /// <param name="keyResults">Its key results; may be <see langword="null"/> for none.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> is <see langword="null"/>.</exception>
    public SnapshotBuilder AddObjective(
        ObjectiveId id, CycleId cycleId, GoalOwner owner, string title, decimal weight, ObjectiveId? parentId = null, IEnumerable<KeyResultRow>? keyResults = null)
    {
        Guard.Against.Null(owner);
        _document.Objectives!.Add(SnapshotDocumentWriter.Objective(id, cycleId, owner, title, weight, parentId, keyResults ?? []));
        return this;
    }

    /// <summary>Adds a check-in (<c>$.checkIns</c>).</summary>
    /// <param name="id">The check-in's id.</param>
    /// <param name="employeeId">The employee checked in with.</param>
    /// <param name="date">The day it was held.</param>
    /// <param name="participants">Who took part besides the employee (usually the manager).</param>
    /// <param name="progress">The key-result progress noted, if any.</param>
    /// <param name="summary">A summary (at most 4,000 characters), if any.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is <see langword="null"/>.</exception>
    public SnapshotBuilder AddCheckIn(
        CheckInId id, EmployeeId employeeId, LocalDate date, IEnumerable<EmployeeId> participants, IEnumerable<KeyResultProgressNote>? progress = null, string? summary = null)
    {
        Guard.Against.Null(participants);
        _document.CheckIns!.Add(SnapshotDocumentWriter.CheckIn(id, employeeId, date, participants, progress ?? [], summary));
        return this;
    }

    /// <summary>Adds a feedback note (<c>$.feedbackNotes</c>).</summary>
    /// <param name="id">The note's id.</param>
    /// <param name="fromId">Who gave it.</param>
    /// <param name="aboutId">Whom it is about.</param>
    /// <param name="direction">Downward, upward, peer or self; downward and upward follow the reporting line on the note's date.</param>
    /// <param name="date">The day it was given.</param>
    /// <param name="text">The feedback (at most 4,000 characters).</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddFeedbackNote(FeedbackNoteId id, EmployeeId fromId, EmployeeId aboutId, FeedbackDirection direction, LocalDate date, string text)
    {
        _document.FeedbackNotes!.Add(SnapshotDocumentWriter.FeedbackNote(id, fromId, aboutId, direction, date, text));
        return this;
    }

    /// <summary>Adds a review (<c>$.reviews</c>).</summary>
    /// <param name="id">The review's id.</param>
    /// <param name="cycleId">The cycle reviewed; its scale is the review's.</param>
    /// <param name="employeeId">The employee reviewed.</param>
    /// <param name="reviewerId">The reviewer.</param>
    /// <param name="role">The reviewer's role: self, manager or peer.</param>
    /// <param name="startedOn">The day the review started, inside the cycle.</param>
    /// <param name="submittedOn">The day it was submitted, if it was; a submitted review has an overall rating.</param>
    /// <param name="overallRating">The overall rating the reviewer gave, before any calibration (a point of the scale).</param>
    /// <param name="competencyRatings">The competency ratings, if any.</param>
    /// <param name="calibrations">The calibrations of the overall rating, in order, if any; only of a submitted review.</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddReview(
        ReviewId id,
        CycleId cycleId,
        EmployeeId employeeId,
        EmployeeId reviewerId,
        ReviewerRole role,
        LocalDate startedOn,
        LocalDate? submittedOn = null,
        int? overallRating = null,
        IEnumerable<CompetencyRating>? competencyRatings = null,
        IEnumerable<Calibration>? calibrations = null)
    {
        _document.Reviews!.Add(SnapshotDocumentWriter.Review(id, cycleId, employeeId, reviewerId, role, startedOn, submittedOn, overallRating, competencyRatings ?? [], calibrations ?? []));
        return this;
    }

    /// <summary>Adds a development plan with its actions (<c>$.developmentPlans</c>).</summary>
    /// <param name="id">The plan's id.</param>
    /// <param name="employeeId">The employee it develops.</param>
    /// <param name="cycleId">The cycle it came from, if any.</param>
    /// <param name="createdOn">The day it was created.</param>
    /// <param name="actions">Its actions; may be <see langword="null"/> for none.</param>
    /// <param name="status">Active, completed or cancelled.</param>
    /// <param name="closedOn">The day it was completed or cancelled; required then, absent otherwise.</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddDevelopmentPlan(
        DevelopmentPlanId id,
        EmployeeId employeeId,
        CycleId? cycleId,
        LocalDate createdOn,
        IEnumerable<DevelopmentActionRow>? actions = null,
        DevelopmentPlanStatus status = DevelopmentPlanStatus.Active,
        LocalDate? closedOn = null)
    {
        _document.DevelopmentPlans!.Add(SnapshotDocumentWriter.DevelopmentPlan(id, employeeId, cycleId, createdOn, actions ?? [], status, closedOn));
        return this;
    }

    /// <summary>Adds a recognition or reward (<c>$.recognitions</c>).</summary>
    /// <param name="id">The recognition's id.</param>
    /// <param name="employeeId">The employee recognised.</param>
    /// <param name="kind">Recognition, bonus eligibility or promotion nomination.</param>
    /// <param name="cycleId">The cycle it came from, if any.</param>
    /// <param name="grantedBy">Who granted it.</param>
    /// <param name="grantedOn">The day it was granted.</param>
    /// <param name="reason">Why (at most 2,000 characters).</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddRecognition(RecognitionId id, EmployeeId employeeId, RecognitionKind kind, CycleId? cycleId, EmployeeId grantedBy, LocalDate grantedOn, string reason)
    {
        _document.Recognitions!.Add(SnapshotDocumentWriter.Recognition(id, employeeId, kind, cycleId, grantedBy, grantedOn, reason));
        return this;
    }

    /// <summary>Adds an improvement plan (<c>$.improvementPlans</c>).</summary>
    /// <param name="id">The plan's id.</param>
    /// <param name="employeeId">The employee on the plan.</param>
    /// <param name="startOn">The day it starts.</param>
    /// <param name="duration">How long it runs (a positive period of days, weeks, months or years).</param>
    /// <param name="expectations">What is expected (at most 4,000 characters).</param>
    /// <param name="checkpoints">Its checkpoints, in date order; may be <see langword="null"/> for none.</param>
    /// <param name="decisions">The decisions on its outcome, in order, if any.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="duration"/> is <see langword="null"/>.</exception>
    public SnapshotBuilder AddImprovementPlan(
        ImprovementPlanId id,
        EmployeeId employeeId,
        LocalDate startOn,
        Period duration,
        string expectations,
        IEnumerable<ImprovementPlanCheckpoint>? checkpoints = null,
        IEnumerable<ImprovementPlanDecision>? decisions = null)
    {
        Guard.Against.Null(duration);
        _document.ImprovementPlans!.Add(SnapshotDocumentWriter.ImprovementPlan(id, employeeId, startOn, duration, expectations, checkpoints ?? [], decisions ?? []));
        return this;
    }

    /// <summary>Adds the pay range of a grade (<c>$.payRanges</c>).</summary>
    /// <param name="gradeId">The grade; one range per grade.</param>
    /// <param name="currency">The ISO 4217 code of a currency in circulation, such as <c>EUR</c>; checked by <see cref="Build"/>.</param>
    /// <param name="period">The period the amounts are stated for.</param>
    /// <param name="minimum">The least paid in the grade: above 0, at most <see cref="PayRange.MaxAmount"/>.</param>
    /// <param name="midpoint">The midpoint: from <paramref name="minimum"/> to <paramref name="maximum"/>.</param>
    /// <param name="maximum">The most paid in the grade.</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddPayRange(GradeId gradeId, string currency, PayPeriod period, decimal minimum, decimal midpoint, decimal maximum)
    {
        (_document.PayRanges ??= []).Add(SnapshotDocumentWriter.PayRange(gradeId, currency, period, minimum, midpoint, maximum));
        return this;
    }

    /// <summary>Adds an employee's base pay history (<c>$.compensation</c>); at most one per employee.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="basePay">Each change of pay, oldest first, at least one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="basePay"/> is <see langword="null"/>.</exception>
    public SnapshotBuilder AddCompensation(EmployeeId employeeId, IEnumerable<BasePayRow> basePay)
    {
        Guard.Against.Null(basePay);
        (_document.Compensation ??= []).Add(SnapshotDocumentWriter.Compensation(
            employeeId,
            basePay.Select(p => p is null ? null : SnapshotDocumentWriter.BasePay(p.EffectiveOn, p.Amount, p.Currency, p.Period, p.GradeId))));
        return this;
    }

    /// <summary>Adds a potential assessment of the talent review (<c>$.potentialAssessments</c>).</summary>
    /// <param name="id">The assessment's id.</param>
    /// <param name="cycleId">The cycle; one assessment per employee per cycle.</param>
    /// <param name="employeeId">The employee assessed.</param>
    /// <param name="assessedBy">Who assessed: someone other than the employee.</param>
    /// <param name="assessedOn">The day of the assessment, not before the hire date.</param>
    /// <param name="potential">The potential the assessor gave, before any calibration.</param>
    /// <param name="calibrations">The calibrations, in order, if any: each starts from the potential before it; a change needs a reason.</param>
    /// <returns>This builder.</returns>
    public SnapshotBuilder AddPotentialAssessment(
        PotentialAssessmentId id,
        CycleId cycleId,
        EmployeeId employeeId,
        EmployeeId assessedBy,
        LocalDate assessedOn,
        PotentialLevel potential,
        IEnumerable<PotentialCalibration>? calibrations = null)
    {
        (_document.PotentialAssessments ??= []).Add(SnapshotDocumentWriter.PotentialAssessment(id, cycleId, employeeId, assessedBy, assessedOn, potential, calibrations ?? []));
        return this;
    }

    /// <summary>
    /// Assembles the snapshot from every row added, checking them as <see cref="SnapshotReader"/>
    /// checks the JSON form.
    /// </summary>
    /// <returns>The snapshot, equal to the one the reader gives for the same rows as JSON.</returns>
    /// <exception cref="InvalidSnapshotException">
    /// A row is invalid or the rows do not fit together; <see cref="InvalidSnapshotException.Path"/>
    /// names the collection, the row's position in the order added, and the member.
    /// </exception>
    public OrganizationSnapshot Build() => SnapshotAssembler.Assemble(_document, checkValues: true);

    /// <summary>The rows added, in the snapshot's JSON form, valid or not: what the reader would be given for them.</summary>
    internal string ToJson() =>
        System.Text.Json.JsonSerializer.Serialize(_document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<SnapshotDocument>)SnapshotJsonOptions.Indented.GetTypeInfo(typeof(SnapshotDocument)));
}
