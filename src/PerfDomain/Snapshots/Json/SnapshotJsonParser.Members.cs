using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

/// <summary>The top-level members of a snapshot, in the order the writer writes them.</summary>
internal enum SnapshotMember
{
    SchemaVersion,
    Organization,
    OrgUnits,
    Employees,
    Cycles,
    CycleRecords,
    Objectives,
    CheckIns,
    FeedbackNotes,
    Reviews,
    DevelopmentPlans,
    Recognitions,
    ImprovementPlans,
    PayRanges,
    Compensation,
    PotentialAssessments,
}

internal sealed partial class SnapshotJsonParser
{
    private static readonly string[] MemberNames =
    [
        "schemaVersion", "organization", "orgUnits", "employees", "cycles", "cycleRecords", "objectives",
        "checkIns", "feedbackNotes", "reviews", "developmentPlans", "recognitions", "improvementPlans",
        "payRanges", "compensation", "potentialAssessments",
    ];

    private static readonly byte[][] Utf8MemberNames = [.. MemberNames.Select(Encoding.UTF8.GetBytes)];

    private static readonly string[] MemberPaths = [.. MemberNames.Select(n => "$." + n)];

    private static readonly JsonTypeInfo<int?> IntInfo = Info<int?>();
    private static readonly JsonTypeInfo<OrganizationDocument> OrganizationInfo = Info<OrganizationDocument>();
    private static readonly JsonTypeInfo<OrgUnitDocument> OrgUnitInfo = Info<OrgUnitDocument>();
    private static readonly JsonTypeInfo<EmployeeDocument> EmployeeInfo = Info<EmployeeDocument>();
    private static readonly JsonTypeInfo<CycleDocument> CycleInfo = Info<CycleDocument>();
    private static readonly JsonTypeInfo<CycleRecordDocument> CycleRecordInfo = Info<CycleRecordDocument>();
    private static readonly JsonTypeInfo<ObjectiveDocument> ObjectiveInfo = Info<ObjectiveDocument>();
    private static readonly JsonTypeInfo<CheckInDocument> CheckInInfo = Info<CheckInDocument>();
    private static readonly JsonTypeInfo<FeedbackNoteDocument> FeedbackNoteInfo = Info<FeedbackNoteDocument>();
    private static readonly JsonTypeInfo<ReviewDocument> ReviewInfo = Info<ReviewDocument>();
    private static readonly JsonTypeInfo<DevelopmentPlanDocument> DevelopmentPlanInfo = Info<DevelopmentPlanDocument>();
    private static readonly JsonTypeInfo<RecognitionDocument> RecognitionInfo = Info<RecognitionDocument>();
    private static readonly JsonTypeInfo<ImprovementPlanDocument> ImprovementPlanInfo = Info<ImprovementPlanDocument>();
    private static readonly JsonTypeInfo<PayRangeDocument> PayRangeInfo = Info<PayRangeDocument>();
    private static readonly JsonTypeInfo<CompensationDocument> CompensationInfo = Info<CompensationDocument>();
    private static readonly JsonTypeInfo<PotentialAssessmentDocument> PotentialAssessmentInfo = Info<PotentialAssessmentDocument>();

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)SnapshotJsonOptions.Reading.GetTypeInfo(typeof(T));

    private static SnapshotMember? Identify(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Utf8MemberNames.Length; i++)
        {
            if (reader.ValueTextEquals(Utf8MemberNames[i]))
            {
                return (SnapshotMember)i;
            }
        }

        return null;
    }

    private static bool IsCollection(SnapshotMember member) => member >= SnapshotMember.OrgUnits;

    private static string MemberPath(SnapshotMember member) => MemberPaths[(int)member];

    private static string ElementPath(SnapshotMember member, int index) => $"{MemberPaths[(int)member]}[{index}]";

    /// <summary>A member name as a path segment, bracketed as System.Text.Json brackets names that are not plain.</summary>
    private static string Segment(string name) =>
        name.AsSpan().IndexOfAny(".'[]() \t\r\n\"\\") >= 0 || name.Length == 0 ? $"['{name}']" : "." + name;
}
