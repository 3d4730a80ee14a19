using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotJsonParser
{
    /// <summary>The most elements deserialized by one call of the serializer.</summary>
    private const int MaxRun = 256;

    private static readonly JsonTypeInfo<List<OrgUnitDocument?>> OrgUnitsInfo = Info<List<OrgUnitDocument?>>();
    private static readonly JsonTypeInfo<List<EmployeeDocument?>> EmployeesInfo = Info<List<EmployeeDocument?>>();
    private static readonly JsonTypeInfo<List<CycleDocument?>> CyclesInfo = Info<List<CycleDocument?>>();
    private static readonly JsonTypeInfo<List<CycleRecordDocument?>> CycleRecordsInfo = Info<List<CycleRecordDocument?>>();
    private static readonly JsonTypeInfo<List<ObjectiveDocument?>> ObjectivesInfo = Info<List<ObjectiveDocument?>>();
    private static readonly JsonTypeInfo<List<CheckInDocument?>> CheckInsInfo = Info<List<CheckInDocument?>>();
    private static readonly JsonTypeInfo<List<FeedbackNoteDocument?>> FeedbackNotesInfo = Info<List<FeedbackNoteDocument?>>();
    private static readonly JsonTypeInfo<List<ReviewDocument?>> ReviewsInfo = Info<List<ReviewDocument?>>();
    private static readonly JsonTypeInfo<List<DevelopmentPlanDocument?>> DevelopmentPlansInfo = Info<List<DevelopmentPlanDocument?>>();
    private static readonly JsonTypeInfo<List<RecognitionDocument?>> RecognitionsInfo = Info<List<RecognitionDocument?>>();
    private static readonly JsonTypeInfo<List<ImprovementPlanDocument?>> ImprovementPlansInfo = Info<List<ImprovementPlanDocument?>>();
    private static readonly JsonTypeInfo<List<PayRangeDocument?>> PayRangesInfo = Info<List<PayRangeDocument?>>();
    private static readonly JsonTypeInfo<List<CompensationDocument?>> CompensationsInfo = Info<List<CompensationDocument?>>();
    private static readonly JsonTypeInfo<List<PotentialAssessmentDocument?>> PotentialAssessmentsInfo = Info<List<PotentialAssessmentDocument?>>();

    // Elements before this index are read one at a time: a run of them did not deserialize.
    private int _singlyUntil;

    /// <summary>
    /// Reads a run of whole elements, from the one the reader is on, with one call of the serializer
    /// (one call per element costs a fresh read stack and a pass to find the element's end). The
    /// run is made a JSON array in place, its first element's preceding byte turned into <c>[</c>
    /// and the byte after its last into <c>]</c>, and put back afterwards. Anything unusual — an
    /// element past a limit, one that does not end in the buffer, one that does not deserialize —
    /// ends the run or leaves it to the element-at-a-time path, which reports problems in order.
    /// </summary>
    /// <returns>Whether a run of two or more elements was read; the reader is then on the last one's end.</returns>
    private bool TryReadRun(ref Utf8JsonReader reader, Span<byte> data)
    {
        var start = (int)reader.TokenStartIndex;
        if (start == 0 || _index < _singlyUntil || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var limit = _member == SnapshotMember.Employees ? _options.MaxEmployees : _options.MaxArrayLength;

        // Runs start short and grow with the collection, so that a bad first element costs little.
        var longest = Math.Clamp(_index, 2, MaxRun);
        var cursor = reader;
        var last = reader;
        var count = 0;
        var end = 0;
        try
        {
            while (count < longest && _index + count < limit && cursor.TokenType == JsonTokenType.StartObject
                && Scan(ref cursor, data, _index + count) && cursor.BytesConsumed < data.Length)
            {
                count++;
                last = cursor;
                end = (int)cursor.BytesConsumed;
                if (!cursor.Read())
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidSnapshotException or JsonException)
        {
            // Reported in order by the element-at-a-time path when it gets there.
            _broken = false;
        }

        if (count < 2)
        {
            return false;
        }

        var before = data[start - 1];
        var after = data[end];
        data[start - 1] = (byte)'[';
        data[end] = (byte)']';
        bool read;
        try
        {
            read = ReadRun(data[(start - 1)..(end + 1)]);
        }
        finally
        {
            data[start - 1] = before;
            data[end] = after;
        }

        if (!read)
        {
            _singlyUntil = _index + count;
            return false;
        }

        reader = last;
        return true;
    }

    private bool ReadRun(ReadOnlySpan<byte> run) => _member switch
    {
        SnapshotMember.OrgUnits => ReadRun(run, OrgUnitsInfo, _assembler.AddOrgUnit),
        SnapshotMember.Employees => ReadRun(run, EmployeesInfo, _assembler.AddEmployee),
        SnapshotMember.Cycles => ReadRun(run, CyclesInfo, _assembler.AddCycle),
        SnapshotMember.CycleRecords => ReadRun(run, CycleRecordsInfo, _assembler.AddCycleRecord),
        SnapshotMember.Objectives => ReadRun(run, ObjectivesInfo, _assembler.AddObjective),
        SnapshotMember.CheckIns => ReadRun(run, CheckInsInfo, _assembler.AddCheckIn),
        SnapshotMember.FeedbackNotes => ReadRun(run, FeedbackNotesInfo, _assembler.AddFeedbackNote),
        SnapshotMember.Reviews => ReadRun(run, ReviewsInfo, _assembler.AddReview),
        SnapshotMember.DevelopmentPlans => ReadRun(run, DevelopmentPlansInfo, _assembler.AddDevelopmentPlan),
        SnapshotMember.Recognitions => ReadRun(run, RecognitionsInfo, _assembler.AddRecognition),
        SnapshotMember.ImprovementPlans => ReadRun(run, ImprovementPlansInfo, _assembler.AddImprovementPlan),
        SnapshotMember.PayRanges => ReadRun(run, PayRangesInfo, _assembler.AddPayRange),
        SnapshotMember.Compensation => ReadRun(run, CompensationsInfo, _assembler.AddCompensation),
        SnapshotMember.PotentialAssessments => ReadRun(run, PotentialAssessmentsInfo, _assembler.AddPotentialAssessment),
        _ => false,
    };

    private bool ReadRun<T>(ReadOnlySpan<byte> run, JsonTypeInfo<List<T?>> info, Action<T?, int> add)
        where T : class
    {
        List<T?>? documents;
        try
        {
            documents = JsonSerializer.Deserialize(run, info);
        }
        catch (JsonException)
        {
            return false;
        }

        foreach (var document in documents!)
        {
            add(document, _index);
            _index++;
        }

        return true;
    }
}
