using System.Diagnostics.CodeAnalysis;
using NodaTime;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Turns the JSON form of a snapshot into domain objects, through the domain's own factories and
/// methods, so every domain rule is checked; any failure is reported at its JSON path.
/// </summary>
internal sealed partial class SnapshotAssembler
{
    private static readonly SnapshotPath Root = SnapshotPath.Root;

    // Domain parameters whose JSON field has another name.
    private static readonly Dictionary<string, string> ParameterFields = new(StringComparer.Ordinal)
    {
        ["checkpointDays"] = "checkpoints",
    };

    private static readonly SnapshotPath OrgUnitsPath = Root.Field("orgUnits");
    private static readonly SnapshotPath EmployeesPath = Root.Field("employees");
    private static readonly SnapshotPath CyclesPath = Root.Field("cycles");
    private static readonly SnapshotPath CycleRecordsPath = Root.Field("cycleRecords");
    private static readonly SnapshotPath ObjectivesPath = Root.Field("objectives");
    private static readonly SnapshotPath CheckInsPath = Root.Field("checkIns");
    private static readonly SnapshotPath FeedbackNotesPath = Root.Field("feedbackNotes");
    private static readonly SnapshotPath ReviewsPath = Root.Field("reviews");
    private static readonly SnapshotPath DevelopmentPlansPath = Root.Field("developmentPlans");
    private static readonly SnapshotPath RecognitionsPath = Root.Field("recognitions");
    private static readonly SnapshotPath ImprovementPlansPath = Root.Field("improvementPlans");

    private readonly Dictionary<CycleId, PerformanceCycle> _cycles = [];
    private readonly List<OrgUnit> _units = [];
    private readonly List<Employee> _employees = [];
    private readonly List<PerformanceCycle> _cycleList = [];
    private readonly List<CycleRecord> _records = [];
    private readonly List<CheckIn> _checkIns = [];
    private readonly List<FeedbackNote> _notes = [];
    private readonly List<Review> _reviews = [];
    private readonly List<DevelopmentPlan> _developmentPlans = [];
    private readonly List<Recognition> _recognitions = [];
    private readonly List<ImprovementPlan> _improvementPlans = [];

    // Reviews and objectives need their cycle: those that come before the cycles wait for them.
    private readonly List<(ReviewDocument? Document, int Index)> _pendingReviews = [];
    private readonly List<(ObjectiveDocument? Document, int Index)> _pendingObjectives = [];
    private bool _cyclesComplete;
    private bool _objectivesComplete;

    /// <summary>Assembles a whole snapshot document at once, in the order of the format's members.</summary>
    /// <param name="document">The document.</param>
    /// <param name="checkValues">
    /// Whether to check each element's values against the limits the reader's converters check while
    /// reading (<see cref="DocumentValues"/>), just before assembling it: for a document built in memory.
    /// </param>
    public static OrganizationSnapshot Assemble(SnapshotDocument document, bool checkValues = false)
    {
        var version = Required(document.SchemaVersion, Root.Field("schemaVersion"));
        RequireSupportedVersion(version);
        if (document.PayRanges is not null || document.Compensation is not null || document.PotentialAssessments is not null)
        {
            RequireSectionVersion(version, document.PayRanges is not null ? "payRanges" : document.Compensation is not null ? "compensation" : "potentialAssessments");
        }

        var organization = Required(document.Organization, Root.Field("organization"));
        if (checkValues)
        {
            DocumentValues.Check(organization, Root.Field("organization"));
        }

        var assembler = new SnapshotAssembler();
        var name = CheckOrganization(organization);
        Each(document.OrgUnits, OrgUnitsPath, assembler.AddOrgUnit);
        Each(document.Employees, EmployeesPath, assembler.AddEmployee);
        Each(document.Cycles, CyclesPath, assembler.AddCycle);
        assembler.CyclesComplete();
        Each(document.CycleRecords, CycleRecordsPath, assembler.AddCycleRecord);
        Each(document.Objectives, ObjectivesPath, assembler.AddObjective);
        assembler.ObjectivesComplete();
        Each(document.CheckIns, CheckInsPath, assembler.AddCheckIn);
        Each(document.FeedbackNotes, FeedbackNotesPath, assembler.AddFeedbackNote);
        Each(document.Reviews, ReviewsPath, assembler.AddReview);
        Each(document.DevelopmentPlans, DevelopmentPlansPath, assembler.AddDevelopmentPlan);
        Each(document.Recognitions, RecognitionsPath, assembler.AddRecognition);
        Each(document.ImprovementPlans, ImprovementPlansPath, assembler.AddImprovementPlan);
        Each(document.PayRanges, PayRangesPath, assembler.AddPayRange);
        Each(document.Compensation, CompensationPath, assembler.AddCompensation);
        Each(document.PotentialAssessments, PotentialAssessmentsPath, assembler.AddPotentialAssessment);

        return assembler.Build(name, organization.ReferenceDate);

        void Each<TDocument>(List<TDocument?>? documents, SnapshotPath path, Action<TDocument?, int> add)
            where TDocument : class
        {
            for (var i = 0; i < (documents?.Count ?? 0); i++)
            {
                if (checkValues && documents![i] is { } element)
                {
                    DocumentValues.Check(element, path[i]);
                }

                add(documents![i], i);
            }
        }
    }

    /// <summary>Refuses any schema version but those this reader reads.</summary>
    public static void RequireSupportedVersion(int version)
    {
        if (version is < OrganizationSnapshot.OldestSchemaVersion or > OrganizationSnapshot.CurrentSchemaVersion)
        {
            throw Root.Field("schemaVersion").Error($"schema version {version} is not supported; this reader reads versions {OrganizationSnapshot.OldestSchemaVersion} to {OrganizationSnapshot.CurrentSchemaVersion}.");
        }
    }

    /// <summary>Refuses a section of version 2 in a snapshot that declares version 1.</summary>
    public static void RequireSectionVersion(int version, string member)
    {
        if (version < 2)
        {
            throw Root.Field(member).Error($"the member '{member}' belongs to schema version 2; this snapshot declares schemaVersion {version} (change it to 2: nothing else changes).");
        }
    }

    /// <summary>Checks the organisation's own fields; returns its name.</summary>
    public static string CheckOrganization(OrganizationDocument organization) =>
        Text(organization.Name, Root.Field("organization").Field("name"));

    public void AddOrgUnit(OrgUnitDocument? document, int index) => _units.Add(Element(document, OrgUnitsPath[index], AssembleOrgUnit));

    public void AddEmployee(EmployeeDocument? document, int index) => _employees.Add(Element(document, EmployeesPath[index], AssembleEmployee));

    public void AddCycle(CycleDocument? document, int index) => _cycleList.Add(Element(document, CyclesPath[index], AssembleCycle));

    public void AddCycleRecord(CycleRecordDocument? document, int index) => _records.Add(Element(document, CycleRecordsPath[index], AssembleCycleRecord));

    public void AddCheckIn(CheckInDocument? document, int index) => _checkIns.Add(Element(document, CheckInsPath[index], AssembleCheckIn));

    public void AddFeedbackNote(FeedbackNoteDocument? document, int index) => _notes.Add(Element(document, FeedbackNotesPath[index], AssembleFeedbackNote));

    public void AddDevelopmentPlan(DevelopmentPlanDocument? document, int index) => _developmentPlans.Add(Element(document, DevelopmentPlansPath[index], AssembleDevelopmentPlan));

    public void AddRecognition(RecognitionDocument? document, int index) => _recognitions.Add(Element(document, RecognitionsPath[index], AssembleRecognition));

    public void AddImprovementPlan(ImprovementPlanDocument? document, int index) => _improvementPlans.Add(Element(document, ImprovementPlansPath[index], AssembleImprovementPlan));

    public void AddReview(ReviewDocument? document, int index)
    {
        if (_cyclesComplete)
        {
            _reviews.Add(Element(document, ReviewsPath[index], AssembleReview));
        }
        else
        {
            _pendingReviews.Add((document, index));
        }
    }

    public void AddObjective(ObjectiveDocument? document, int index)
    {
        if (_cyclesComplete)
        {
            AssembleObjective(document, index);
        }
        else
        {
            _pendingObjectives.Add((document, index));
        }
    }

    /// <summary>Marks the end of the cycles: the reviews and objectives that waited for them are assembled.</summary>
    public void CyclesComplete()
    {
        if (_cyclesComplete)
        {
            return;
        }

        _cyclesComplete = true;
        foreach (var (document, index) in _pendingObjectives)
        {
            AssembleObjective(document, index);
        }

        _pendingObjectives.Clear();
        foreach (var (document, index) in _pendingReviews)
        {
            _reviews.Add(Element(document, ReviewsPath[index], AssembleReview));
        }

        _pendingReviews.Clear();
        AlignObjectivesWhenComplete();
    }

    /// <summary>Marks the end of the objectives: once the cycles are known too, objectives align to their parents.</summary>
    public void ObjectivesComplete()
    {
        if (_objectivesComplete)
        {
            return;
        }

        _objectivesComplete = true;
        AlignObjectivesWhenComplete();
    }

    /// <summary>Builds the snapshot from every part added, which checks that the parts fit together.</summary>
    public OrganizationSnapshot Build(string organizationName, LocalDate? referenceDate)
    {
        CyclesComplete();
        ObjectivesComplete();
        return new OrganizationSnapshot(
            organizationName,
            _employees,
            _cycleList,
            referenceDate,
            _units,
            _records,
            _goalSets,
            _checkIns,
            _notes,
            _reviews,
            _developmentPlans,
            _recognitions,
            _improvementPlans,
            _payRanges,
            _compensation,
            _potentialAssessments);
    }

    /// <summary>Assembles one element of a collection: a null element is a missing one, a domain refusal an error at its path.</summary>
    private static TResult Element<TDocument, TResult>(TDocument? document, SnapshotPath path, Func<TDocument, SnapshotPath, TResult> assemble)
        where TDocument : class
    {
        var item = Required(document, path);
        try
        {
            return assemble(item, path);
        }
        catch (Exception ex) when (ex is DomainRuleViolationException or ArgumentException or KeyNotFoundException)
        {
            throw Refusal(ex, path, ParameterFields);
        }
    }

    private static List<TResult> Items<TDocument, TResult>(List<TDocument?>? documents, SnapshotPath path, Func<TDocument, SnapshotPath, TResult> assemble)
        where TDocument : class
    {
        var results = new List<TResult>(documents?.Count ?? 0);
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            results.Add(assemble(Required(documents![i], path[i]), path[i]));
        }

        return results;
    }

    /// <summary>Runs a domain step, turning the domain's refusal into an error at the path.</summary>
    private static T Guarded<T>(SnapshotPath path, Func<T> step) => Guarded(path, step, ParameterFields);

    /// <summary>Runs a domain step, reporting an argument error at the JSON field its parameter comes from.</summary>
    private static T Guarded<T>(SnapshotPath path, Func<T> step, IReadOnlyDictionary<string, string> fields)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is DomainRuleViolationException or ArgumentException or KeyNotFoundException)
        {
            throw Refusal(ex, path, fields);
        }
    }

    /// <summary>The domain's refusal of a step, as an error at the path (an argument error at the JSON field its parameter comes from).</summary>
    private static InvalidSnapshotException Refusal(Exception ex, SnapshotPath path, IReadOnlyDictionary<string, string> fields)
    {
        switch (ex)
        {
            case DomainRuleViolationException rule:
                return path.Error($"{rule.Message.TrimEnd('.')} (rule {rule.Rule}).", rule);
            case ArgumentException argument:
                // ArgumentException appends " (Parameter 'x')"; the parameter names the JSON field closely enough.
                var message = argument.Message;
                var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
                // Only a member the format has: a parameter named otherwise reports at the element.
                var field = argument.ParamName is { Length: > 0 } name && !name.Contains('(', StringComparison.Ordinal)
                    && path.Field(fields.GetValueOrDefault(name, name)) is var member
                    && SnapshotShape.Locate(member.Value).Path == member.Value
                    ? member
                    : path;
                return field.Error(Sentence(cut >= 0 ? message[..cut] : message), argument);
            default:
                return path.Error(Sentence(ex.Message), ex);
        }
    }

    private static void Guarded(SnapshotPath path, Action step) => Guarded(path, () =>
    {
        step();
        return true;
    });

    private static string Sentence(string message) => message.TrimEnd('.') + ".";

    private static T Required<T>([NotNull] T? value, SnapshotPath path)
        where T : class =>
        value ?? throw path.Error("required field is missing (or null).");

    private static T Required<T>([NotNull] T? value, SnapshotPath path)
        where T : struct =>
        value ?? throw path.Error("required field is missing (or null).");

    private static string Text(string? value, SnapshotPath path, int maxLength = int.MaxValue)
    {
        Required(value, path);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw path.Error("must not be blank.");
        }

        return value.Length <= maxLength
            ? value
            : throw path.Error($"expected text of at most {JsonErrors.Count(maxLength)} characters, found text of {JsonErrors.Count(value.Length)} characters.");
    }

    private static List<T> RequiredList<T>(List<T?>? values, SnapshotPath path, int minimum = 1)
        where T : class
    {
        Required(values, path);
        if (values.Count < minimum)
        {
            throw path.Error($"needs at least {minimum} item{(minimum == 1 ? string.Empty : "s")}.");
        }

        return values.Select((v, i) => Required(v, path[i])).ToList();
    }

    private static TId Id<TId>(string? value, SnapshotPath path)
        where TId : struct, IEntityId<TId>
    {
        Required(value, path);

        // The rules of IdAttribute, for ids that are items of an array (participants): the domain's, in the format's words.
        if (string.IsNullOrWhiteSpace(value))
        {
            throw path.Error("an id must not be blank.");
        }

        if (value.Length > IdAttribute.MaxLength)
        {
            throw path.Error($"expected an id (text of at most {IdAttribute.MaxLength} characters), found text of {JsonErrors.Count(value.Length)} characters.");
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw path.Error($"an id must not start or end with white space: {JsonTokens.Text(value)}.");
        }

        return TId.Create(value);
    }

    private static TId? OptionalId<TId>(string? value, SnapshotPath path)
        where TId : struct, IEntityId<TId> =>
        value is null ? null : Id<TId>(value, path);

    private static void RequireNotBefore(LocalDate date, LocalDate earliest, SnapshotPath path, string what)
    {
        if (date < earliest)
        {
            throw path.Error($"{date:uuuu-MM-dd} is before {what} ({earliest:uuuu-MM-dd}).");
        }
    }

    private PerformanceCycle Cycle(CycleId id, SnapshotPath path) =>
        _cycles.TryGetValue(id, out var cycle) ? cycle : throw path.Error($"unknown cycle '{id}'.");
}
