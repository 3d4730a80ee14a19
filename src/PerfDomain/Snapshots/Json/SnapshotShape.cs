using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// The shape of the snapshot format, as the reader's types and converters define it: which members
/// an object has, what each holds in the format's words. Errors use it to name only paths that
/// exist in the format, to say what a value should have been, and to list the members of an object
/// that got an unknown one.
/// </summary>
internal sealed class SnapshotShape
{
    private static readonly Dictionary<Type, string> Nouns = new()
    {
        [typeof(SnapshotDocument)] = "a snapshot",
        [typeof(OrganizationDocument)] = "the organization",
        [typeof(OrgUnitDocument)] = "an org unit",
        [typeof(EmployeeDocument)] = "an employee",
        [typeof(StatusChangeDocument)] = "a status change",
        [typeof(RoleDocument)] = "a role",
        [typeof(ReportingLineDocument)] = "a reporting line",
        [typeof(OrgUnitAssignmentDocument)] = "an org unit assignment",
        [typeof(CycleDocument)] = "a cycle",
        [typeof(DatesDocument)] = "a period of dates",
        [typeof(WindowDocument)] = "a stage window",
        [typeof(RatingScaleDocument)] = "a rating scale",
        [typeof(CycleRecordDocument)] = "a cycle record",
        [typeof(StageEntryDocument)] = "a stage entry",
        [typeof(ObjectiveDocument)] = "an objective",
        [typeof(KeyResultDocument)] = "a key result",
        [typeof(CheckInDocument)] = "a check-in",
        [typeof(ProgressNoteDocument)] = "a progress note",
        [typeof(FeedbackNoteDocument)] = "a feedback note",
        [typeof(ReviewDocument)] = "a review",
        [typeof(CompetencyRatingDocument)] = "a competency rating",
        [typeof(CalibrationDocument)] = "a calibration",
        [typeof(DevelopmentPlanDocument)] = "a development plan",
        [typeof(DevelopmentActionDocument)] = "a development action",
        [typeof(RecognitionDocument)] = "a recognition",
        [typeof(ImprovementPlanDocument)] = "an improvement plan",
        [typeof(CheckpointDocument)] = "a checkpoint",
        [typeof(PlanDecisionDocument)] = "a decision",
        [typeof(PayRangeDocument)] = "a pay range",
        [typeof(CompensationDocument)] = "a pay history",
        [typeof(BasePayDocument)] = "a base pay",
        [typeof(PotentialAssessmentDocument)] = "a potential assessment",
        [typeof(PotentialCalibrationDocument)] = "a potential calibration",
    };

    private readonly Dictionary<string, SnapshotShape>? _members;

    private SnapshotShape(string expected, string? noun, Dictionary<string, SnapshotShape>? members, SnapshotShape? items)
    {
        Expected = expected;
        Noun = noun;
        _members = members;
        Items = items;
        MemberNames = members is null ? [] : [.. members.Keys];
    }

    /// <summary>Gets the shape of a whole snapshot.</summary>
    public static SnapshotShape Root { get; } = Build(typeof(SnapshotDocument), null, "snapshot");

    /// <summary>Gets what a value here should be, in the format's words: "a whole number between 1 and 100", "an array of employees"…</summary>
    public string Expected { get; }

    /// <summary>Gets, for an object, what it is: "an employee".</summary>
    public string? Noun { get; }

    /// <summary>Gets, for an object, its members in the format's order.</summary>
    public IReadOnlyList<string> MemberNames { get; }

    /// <summary>Gets, for an array, the shape of its items.</summary>
    public SnapshotShape? Items { get; }

    /// <summary>Gets a value indicating whether the value here is an object of the format (with members).</summary>
    public bool IsObject => _members is not null;

    /// <summary>
    /// Finds the deepest place of <paramref name="path"/> that exists in the format: its shape, and
    /// the path up to it (the whole path when every segment exists).
    /// </summary>
    public static (SnapshotShape Shape, string Path) Locate(string path)
    {
        var shape = Root;
        if (!path.StartsWith('$'))
        {
            return (shape, "$");
        }

        var known = 1;
        var i = 1;
        while (i < path.Length)
        {
            int end;
            SnapshotShape? next;
            if (path[i] == '.')
            {
                end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                next = shape.Member(path[(i + 1)..end]);
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end + 2;
                next = end <= path.Length && end - 2 >= i + 2 ? shape.Member(path[(i + 2)..(end - 2)]) : null;
            }
            else if (path[i] == '[')
            {
                end = path.IndexOf(']', i);
                next = end > i && int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out _) ? shape.Items : null;
                end = end < 0 ? path.Length : end + 1;
            }
            else
            {
                break;
            }

            if (next is null)
            {
                break;
            }

            shape = next;
            known = end;
            i = end;
        }

        return (shape, path[..known]);
    }

    /// <summary>The shape of a member of this object, or null when the format has no such member.</summary>
    public SnapshotShape? Member(string name) => _members?.GetValueOrDefault(name);

    /// <summary>The members of this object as a list in words: "id, name and parentId".</summary>
    public string MemberList() => MemberNames.Count switch
    {
        0 => "no members",
        1 => MemberNames[0],
        _ => string.Join(", ", MemberNames.Take(MemberNames.Count - 1)) + " and " + MemberNames[^1],
    };

    private static SnapshotShape Build(Type type, JsonConverter? converter, string member)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (Described(converter) is { } described)
        {
            return new SnapshotShape(described, null, null, null);
        }

        var info = SnapshotJsonOptions.Reading.GetTypeInfo(underlying);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                var members = new Dictionary<string, SnapshotShape>(StringComparer.Ordinal);
                foreach (var property in info.Properties)
                {
                    members[property.Name] = Build(property.PropertyType, ValueConverters.Of(property), property.Name);
                }

                var noun = Nouns.GetValueOrDefault(underlying, "an object");
                return new SnapshotShape($"an object ({noun})", noun, members, null);
            case JsonTypeInfoKind.Enumerable:
                var items = Build(info.ElementType!, null, member);
                return new SnapshotShape($"an array of {Plural(items, member)}", null, null, items);
            default:
                return new SnapshotShape(Scalar(underlying), null, null, null);
        }
    }

    private static string? Described(JsonConverter? converter) => converter switch
    {
        TextConverter text => text.Expected,
        WholeNumberConverter whole => whole.Expected,
        NumberConverter number => number.Expected,
        NullableConverter<int> nullable => Described(nullable.Inner),
        NullableConverter<decimal> nullable => Described(nullable.Inner),
        _ => null,
    };

    private static string Scalar(Type type)
    {
        if (type == typeof(LocalDate))
        {
            return IsoDateConverter.Expected;
        }

        if (type == typeof(Period))
        {
            return PeriodConverter.Expected;
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)));
        }

        return Described(SnapshotJsonOptions.Reading.GetTypeInfo(type).Converter) ?? "a value";
    }

    private static string Plural(SnapshotShape items, string member) => items.Noun switch
    {
        { } noun => Plural(noun[(noun.IndexOf(' ', StringComparison.Ordinal) + 1)..]),
        _ when member == "participants" => "employee ids",
        _ when member == "labels" => "labels (text of at most 100 characters)",
        _ => "values (each " + items.Expected + ")",
    };

    private static string Plural(string noun) => noun.EndsWith("ry", StringComparison.Ordinal) ? noun[..^1] + "ies" : noun + "s";
}
