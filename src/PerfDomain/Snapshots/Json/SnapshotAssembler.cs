using System.Diagnostics.CodeAnalysis;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

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

    private readonly Dictionary<CycleId, PerformanceCycle> _cycles = [];

    public static OrganizationSnapshot Assemble(SnapshotDocument document)
    {
        var version = Required(document.SchemaVersion, Root.Field("schemaVersion"));
        if (version != OrganizationSnapshot.CurrentSchemaVersion)
        {
            throw Root.Field("schemaVersion").Error($"schema version {version} is not supported; this reader reads version {OrganizationSnapshot.CurrentSchemaVersion}.");
        }

        var organization = Required(document.Organization, Root.Field("organization"));
        var name = Text(organization.Name, Root.Field("organization").Field("name"));
        var assembler = new SnapshotAssembler();
        var units = Each(document.OrgUnits, "orgUnits", AssembleOrgUnit);
        var employees = Each(document.Employees, "employees", AssembleEmployee);
        var cycles = Each(document.Cycles, "cycles", assembler.AssembleCycle);
        var records = Each(document.CycleRecords, "cycleRecords", AssembleCycleRecord);
        var goalSets = assembler.AssembleGoalSets(document.Objectives);
        var checkIns = Each(document.CheckIns, "checkIns", AssembleCheckIn);
        var notes = Each(document.FeedbackNotes, "feedbackNotes", AssembleFeedbackNote);
        var reviews = Each(document.Reviews, "reviews", assembler.AssembleReview);
        var developmentPlans = Each(document.DevelopmentPlans, "developmentPlans", AssembleDevelopmentPlan);
        var recognitions = Each(document.Recognitions, "recognitions", AssembleRecognition);
        var improvementPlans = Each(document.ImprovementPlans, "improvementPlans", AssembleImprovementPlan);

        return new OrganizationSnapshot(
            name,
            employees,
            cycles,
            organization.ReferenceDate,
            units,
            records,
            goalSets,
            checkIns,
            notes,
            reviews,
            developmentPlans,
            recognitions,
            improvementPlans);
    }

    private static List<TResult> Each<TDocument, TResult>(List<TDocument?>? documents, string collection, Func<TDocument, SnapshotPath, TResult> assemble)
        where TDocument : class
    {
        var results = new List<TResult>(documents?.Count ?? 0);
        var path = Root.Field(collection);
        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var item = Required(documents![i], path[i]);
            results.Add(Guarded(path[i], () => assemble(item, path[i])));
        }

        return results;
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
        catch (DomainRuleViolationException ex)
        {
            throw path.Error($"{ex.Message.TrimEnd('.')} (rule {ex.Rule}).", ex);
        }
        catch (ArgumentException ex)
        {
            // ArgumentException appends " (Parameter 'x')"; the parameter names the JSON field closely enough.
            var message = ex.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            var field = ex.ParamName is { Length: > 0 } name && !name.Contains('.', StringComparison.Ordinal) && !name.Contains('(', StringComparison.Ordinal)
                ? path.Field(fields.GetValueOrDefault(name, name))
                : path;
            throw field.Error(Sentence(cut >= 0 ? message[..cut] : message), ex);
        }
        catch (KeyNotFoundException ex)
        {
            throw path.Error(Sentence(ex.Message), ex);
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

    private static string Text(string? value, SnapshotPath path)
    {
        Required(value, path);
        return string.IsNullOrWhiteSpace(value) ? throw path.Error("must not be blank.") : value;
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
        try
        {
            return TId.Create(value);
        }
        catch (ArgumentException ex)
        {
            var cut = ex.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw path.Error(Sentence(cut >= 0 ? ex.Message[..cut] : ex.Message), ex);
        }
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
