using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// The incremental core of <see cref="SnapshotReader"/>: fed the input a buffer at a time, it reads
/// the top-level members as they come and each element of a collection as soon as the buffer holds
/// all of it, checks it and hands it to the <see cref="SnapshotAssembler"/>. It keeps no text beyond
/// the element it is reading; the caller keeps the bytes it did not consume and feeds them again
/// with more (see <see cref="Feed"/>).
/// </summary>
/// <remarks>
/// The schema version decides first. When a problem turns up before the version has been read,
/// the parser goes on, skimming token by token without keeping anything, to look for a later
/// <c>schemaVersion</c>: a snapshot of another version is refused for its version, anything else
/// for the problem found first.
/// </remarks>
internal sealed partial class SnapshotJsonParser
{
    /// <summary>How deep the JSON may nest; the format itself nests five levels.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        // Above our own limit, which is checked first and reported with its path.
        MaxDepth = MaxDepth * 2,
    };

    private readonly SnapshotReaderOptions _options;
    private readonly SnapshotAssembler _assembler = new();

    // The longest a token may be while incomplete: a string of MaxStringLength characters written
    // entirely in six-byte escapes, with room for its quotes and the separators before it.
    private readonly long _maxTokenBytes;
    private readonly bool _countItems;

    // Whether elements are read by the hand-made DocumentReaders first (the serializer reads what they leave).
    private readonly bool _documentReaders;

    // Where the parser is: its phase, the member whose value it reads and the next element's index.
    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.Start;
    private SnapshotMember _member;
    private int _index;
    private int _membersSeen;
    private bool _versionSeen;
    private int? _version;
    private OrganizationDocument? _organization;
    private string? _organizationName;

    // Set when a problem was found before the schema version: reported once the version is known.
    private InvalidSnapshotException? _pending;
    private bool _skimmedToVersion;
    private bool _broken;
    private bool _encodingChecked;

    // Where the current buffer starts in the input, and the line it starts on, for error positions.
    private long _offset;
    private long _line;
    private long _lineStart;

    // For each depth inside an element: whether the container there is an array, and its items so far.
    private readonly bool[] _isArray = new bool[MaxDepth + 2];
    private readonly int[] _items = new int[MaxDepth + 2];

    public SnapshotJsonParser(SnapshotReaderOptions options, bool documentReaders = true)
    {
        _options = options;
        _documentReaders = documentReaders;
        _maxTokenBytes = (6L * options.MaxStringLength) + 64;
        _countItems = options.MaxArrayLength < int.MaxValue;
    }

    private enum Phase
    {
        Start,
        Members,
        Value,
        Items,
        End,
        Done,
    }

    /// <summary>Gets a value indicating whether the whole document has been read.</summary>
    public bool IsDone => _phase == Phase.Done;

    /// <summary>Gets the path of the value being read, where a limit on the input is reported.</summary>
    public string CurrentPath => _phase switch
    {
        Phase.Items => ElementPath(_member, _index),
        Phase.Value => MemberPath(_member),
        _ => "$",
    };

    /// <summary>
    /// Reads as much of <paramref name="data"/> as holds whole tokens (and whole elements of the
    /// collections) and returns how many bytes it consumed; the caller passes the rest again, with
    /// more after it, on the next call.
    /// </summary>
    /// <param name="data">
    /// The unconsumed input, starting where the last call stopped. The parser may change bytes in
    /// it while it reads, and puts them back before it returns.
    /// </param>
    /// <param name="isFinalBlock">Whether the input ends with <paramref name="data"/>.</param>
    /// <returns>The number of bytes consumed from the start of <paramref name="data"/>.</returns>
    /// <exception cref="InvalidSnapshotException">The input is not a valid snapshot, or goes over a limit.</exception>
    public int Feed(Span<byte> data, bool isFinalBlock)
    {
        if (!_encodingChecked)
        {
            if (data.Length < JsonTextEncoding.BytesNeeded && !isFinalBlock)
            {
                return 0;
            }

            _encodingChecked = true;
            if (JsonTextEncoding.OtherEncoding(data) is { } encoding)
            {
                throw new InvalidSnapshotException("$", JsonTextEncoding.Refusal(encoding, "a snapshot"));
            }

            if (JsonTextEncoding.Utf8MarkLength(data) is var mark and > 0)
            {
                // Skipped, and not counted in the positions of the first line.
                Advance(data[..mark]);
                _lineStart = _offset;
                return mark + Feed(data[mark..], isFinalBlock);
            }
        }

        var reader = new Utf8JsonReader(data, isFinalBlock, _state);
        int consumed;
        try
        {
            consumed = _pending is null ? Parse(ref reader, data) : Skim(ref reader, data);
        }
        catch (InvalidSnapshotException ex) when (_pending is null && !_versionSeen && !_broken)
        {
            _pending = ex;
            consumed = Skim(ref reader, data);
        }

        Advance(data[..consumed]);
        return consumed;
    }

    /// <summary>The error to report when the input has more bytes than <see cref="SnapshotReaderOptions.MaxBytes"/>.</summary>
    public InvalidSnapshotException BytesLimitExceeded() =>
        _pending ?? new InvalidSnapshotException(CurrentPath, $"the snapshot is larger than {JsonErrors.Count(_options.MaxBytes)} bytes, the most this reader accepts (its MaxBytes limit).");

    /// <summary>The error to report when one element does not fit in the largest buffer there can be.</summary>
    public InvalidSnapshotException ElementTooLarge() =>
        _pending ?? new InvalidSnapshotException(CurrentPath, $"the value is larger than {JsonErrors.Count(Array.MaxLength)} bytes, more than the reader can hold at once.");

    /// <summary>Completes the snapshot once the whole document has been read: what needs all of it is checked now.</summary>
    public OrganizationSnapshot Finish()
    {
        if (_version is not { } version)
        {
            throw SnapshotPath.Root.Field("schemaVersion").Error("required field is missing (or null).");
        }

        SnapshotAssembler.RequireSupportedVersion(version);
        RequireSectionsOf(version);

        if (_organization is null)
        {
            throw SnapshotPath.Root.Field("organization").Error("required field is missing (or null).");
        }

        return _assembler.Build(_organizationName!, _organization.ReferenceDate);
    }

    private int Parse(ref Utf8JsonReader reader, Span<byte> data)
    {
        try
        {
            while (true)
            {
                var checkpoint = reader;
                if (!reader.Read())
                {
                    if (_phase == Phase.End && reader.IsFinalBlock)
                    {
                        _phase = Phase.Done;
                        return data.Length;
                    }

                    return Suspend(ref reader, data, reader.BytesConsumed);
                }

                switch (_phase)
                {
                    case Phase.Start:
                        Start(ref reader, data);
                        break;
                    case Phase.Members:
                        ReadMemberName(ref reader, data);
                        break;
                    case Phase.Value:
                    case Phase.Items:
                        if (!(_phase == Phase.Value ? ReadValue(ref reader, data) : ReadItem(ref reader, data)))
                        {
                            // The value does not end in this buffer: read it again, whole, from its start.
                            _state = checkpoint.CurrentState;
                            return (int)checkpoint.BytesConsumed;
                        }

                        break;
                    default:
                        // After the root object the reader itself refuses any other token.
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            _broken = true;
            throw JsonErrors.Malformed(ex, CurrentPath, JsonErrors.FailingToken(data, reader.BytesConsumed));
        }
    }

    private void Start(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                _phase = Phase.Members;
                break;
            case JsonTokenType.Null:
                throw SnapshotPath.Root.Error("the snapshot is null; expected an object.");
            default:
                throw JsonErrors.At("$", $"expected an object (a snapshot), found {JsonTokens.Found(ref reader)}", LocationOf(data, reader.TokenStartIndex));
        }
    }

    private void ReadMemberName(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = Phase.End;
            return;
        }

        if (IsTooLong(ref reader))
        {
            throw StringTooLong("$", name: true);
        }

        var member = Identify(ref reader);
        if (member is not { } known)
        {
            throw JsonErrors.At("$", JsonErrors.Unknown(JsonTokens.Name(ref reader), "$"), LocationOf(data, reader.TokenStartIndex));
        }

        var bit = 1 << (int)known;
        if ((_membersSeen & bit) != 0)
        {
            throw JsonErrors.At(MemberPath(known), $"the member '{MemberNames[(int)known]}' appears more than once", LocationOf(data, reader.TokenStartIndex));
        }

        _membersSeen |= bit;

        // The version decides first: a section of version 2 in a version-1 file is refused before any of its elements.
        if (_version is { } declared)
        {
            RequireSectionsOf(declared);
        }

        _member = known;
        _phase = Phase.Value;
    }

    /// <summary>Reads the value of a top-level member; false when it does not end in this buffer.</summary>
    private bool ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        if (IsCollection(_member))
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    _phase = Phase.Items;
                    _index = 0;
                    return true;
                case JsonTokenType.Null:
                    CollectionComplete(_member);
                    _phase = Phase.Members;
                    return true;
                default:
                    throw JsonErrors.At(MemberPath(_member), $"expected {SnapshotShape.Root.Member(MemberNames[(int)_member])!.Expected}, found {JsonTokens.Found(ref reader)}", LocationOf(data, reader.TokenStartIndex));
            }
        }

        if (!Whole(ref reader, data, -1))
        {
            return false;
        }

        if (_member == SnapshotMember.SchemaVersion)
        {
            _versionSeen = true;
            _version = Deserialize(ref reader, data, IntInfo, -1);
            if (_version is { } version)
            {
                SnapshotAssembler.RequireSupportedVersion(version);
            }
        }
        else
        {
            _organization = Deserialize(ref reader, data, OrganizationInfo, -1);
            if (_organization is not null)
            {
                _organizationName = SnapshotAssembler.CheckOrganization(_organization);
            }
        }

        _phase = Phase.Members;
        return true;
    }

    /// <summary>Reads the next element of a collection; false when it does not end in this buffer.</summary>
    private bool ReadItem(ref Utf8JsonReader reader, Span<byte> data)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            CollectionComplete(_member);
            _phase = Phase.Members;
            return true;
        }

        CheckCount();
        if (_documentReaders && TryReadDocument(ref reader))
        {
            _index++;
            return true;
        }

        if (TryReadRun(ref reader, data))
        {
            return true;
        }

        if (!Whole(ref reader, data, _index))
        {
            return false;
        }

        AddElement(ref reader, data);
        _index++;
        return true;
    }

    private void CheckCount()
    {
        if (_member == SnapshotMember.Employees)
        {
            if (_index >= _options.MaxEmployees)
            {
                throw new InvalidSnapshotException(ElementPath(_member, _index), $"the snapshot has more than {JsonErrors.Count(_options.MaxEmployees)} employees, the most this reader accepts (its MaxEmployees limit).");
            }
        }
        else if (_index >= _options.MaxArrayLength)
        {
            throw new InvalidSnapshotException(ElementPath(_member, _index), $"the array has more than {JsonErrors.Count(_options.MaxArrayLength)} items, the most this reader accepts (its MaxArrayLength limit).");
        }
    }

    private void AddElement(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        var index = _index;
        switch (_member)
        {
            case SnapshotMember.OrgUnits:
                _assembler.AddOrgUnit(Deserialize(ref reader, data, OrgUnitInfo, index), index);
                break;
            case SnapshotMember.Employees:
                _assembler.AddEmployee(Deserialize(ref reader, data, EmployeeInfo, index), index);
                break;
            case SnapshotMember.Cycles:
                _assembler.AddCycle(Deserialize(ref reader, data, CycleInfo, index), index);
                break;
            case SnapshotMember.CycleRecords:
                _assembler.AddCycleRecord(Deserialize(ref reader, data, CycleRecordInfo, index), index);
                break;
            case SnapshotMember.Objectives:
                _assembler.AddObjective(Deserialize(ref reader, data, ObjectiveInfo, index), index);
                break;
            case SnapshotMember.CheckIns:
                _assembler.AddCheckIn(Deserialize(ref reader, data, CheckInInfo, index), index);
                break;
            case SnapshotMember.FeedbackNotes:
                _assembler.AddFeedbackNote(Deserialize(ref reader, data, FeedbackNoteInfo, index), index);
                break;
            case SnapshotMember.Reviews:
                _assembler.AddReview(Deserialize(ref reader, data, ReviewInfo, index), index);
                break;
            case SnapshotMember.DevelopmentPlans:
                _assembler.AddDevelopmentPlan(Deserialize(ref reader, data, DevelopmentPlanInfo, index), index);
                break;
            case SnapshotMember.Recognitions:
                _assembler.AddRecognition(Deserialize(ref reader, data, RecognitionInfo, index), index);
                break;
            case SnapshotMember.ImprovementPlans:
                _assembler.AddImprovementPlan(Deserialize(ref reader, data, ImprovementPlanInfo, index), index);
                break;
            case SnapshotMember.PayRanges:
                _assembler.AddPayRange(Deserialize(ref reader, data, PayRangeInfo, index), index);
                break;
            case SnapshotMember.Compensation:
                _assembler.AddCompensation(Deserialize(ref reader, data, CompensationInfo, index), index);
                break;
            case SnapshotMember.PotentialAssessments:
                _assembler.AddPotentialAssessment(Deserialize(ref reader, data, PotentialAssessmentInfo, index), index);
                break;
        }
    }

    private void CollectionComplete(SnapshotMember member)
    {
        if (member == SnapshotMember.Cycles)
        {
            _assembler.CyclesComplete();
        }
        else if (member == SnapshotMember.Objectives)
        {
            _assembler.ObjectivesComplete();
        }
    }

    /// <summary>Deserializes the value the reader is on (whole in the buffer), reporting a failure at its path and line.</summary>
    private T? Deserialize<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, JsonTypeInfo<T> info, int index)
    {
        var start = reader.TokenStartIndex;
        try
        {
            return JsonSerializer.Deserialize(ref reader, info);
        }
        catch (JsonException ex)
        {
            throw JsonErrors.Translate(ex, ValuePath(index), LocationOf(data, start), data[(int)start..]);
        }
    }

    /// <summary>
    /// Called when the buffer ends inside a token: the caller keeps the rest and reads more, unless
    /// the unfinished token is already longer than any valid one can be.
    /// </summary>
    private int Suspend(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, long wholeTokensEnd)
    {
        if (data.Length - wholeTokensEnd > _maxTokenBytes)
        {
            throw TokenTooLong(data, (int)wholeTokensEnd, CurrentPath);
        }

        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    /// <summary>Refuses the sections of version 2 read so far when the file declares an older version.</summary>
    private void RequireSectionsOf(int version)
    {
        foreach (var member in (ReadOnlySpan<SnapshotMember>)[SnapshotMember.PayRanges, SnapshotMember.Compensation, SnapshotMember.PotentialAssessments])
        {
            if ((_membersSeen & (1 << (int)member)) != 0)
            {
                SnapshotAssembler.RequireSectionVersion(version, MemberNames[(int)member]);
            }
        }
    }

    /// <summary>
    /// After a problem found before the schema version: reads on, keeping nothing, to the version
    /// or the end, then reports the version if it is not supported, and the problem otherwise.
    /// </summary>
    private int Skim(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        var pending = _pending!;
        try
        {
            while (reader.Read())
            {
                if (_skimmedToVersion)
                {
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version))
                    {
                        SnapshotAssembler.RequireSupportedVersion(version);
                        RequireSectionsOf(version);
                    }

                    throw pending;
                }

                if (reader.CurrentDepth == 0)
                {
                    // The end of the root object, without a version.
                    throw pending;
                }

                _skimmedToVersion = reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("schemaVersion"u8);
            }
        }
        catch (JsonException)
        {
            throw pending;
        }

        if (reader.IsFinalBlock || data.Length - reader.BytesConsumed > _maxTokenBytes)
        {
            throw pending;
        }

        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private void Advance(ReadOnlySpan<byte> consumed)
    {
        var lines = consumed.Count((byte)'\n');
        if (lines > 0)
        {
            _line += lines;
            _lineStart = _offset + consumed.LastIndexOf((byte)'\n') + 1;
        }

        _offset += consumed.Length;
    }

    /// <summary>The line and position of a point in the current buffer.</summary>
    private JsonErrors.Location LocationOf(ReadOnlySpan<byte> data, long offset)
    {
        var before = data[..(int)offset];
        var lines = before.Count((byte)'\n');
        return lines == 0
            ? new JsonErrors.Location(_line, _offset + offset - _lineStart)
            : new JsonErrors.Location(_line + lines, offset - before.LastIndexOf((byte)'\n') - 1);
    }

    private string ValuePath(int index) => index < 0 ? MemberPath(_member) : ElementPath(_member, index);
}
