using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>
/// Reads the objects of the decision format from a <see cref="Utf8JsonReader"/> that holds them whole: strict about
/// what the format requires (every documented member present once, of its type, with a valid value) and lenient
/// about members it does not know, which later versions of the format may add (docs/decision-format.md, Versioning).
/// </summary>
/// <remarks>Every problem is a <see cref="DecisionFormatException"/> at the JSON path of the value.</remarks>
internal static class DecisionReader
{
    private static readonly string[] DecisionMembers = ["kind", "employeeId", "cycleId", "dueOn", "requiresApproval", "escalateTo", "subject", "explanation"];
    private static readonly string[] ExplanationMembers = ["pack", "packVersion", "rule", "asOf", "facts", "parameters", "reason"];
    private static readonly string[] FactMembers = ["type", "id", "values"];
    private static readonly string[] PackMembers = ["name", "version"];
    private static readonly string[] RecordMembers = ["parameterFingerprint", "snapshotFingerprint", "runtime", "perfDomainVersion"];

    private static readonly string LevelList = string.Join(", ", Name.LevelNames.Select(n => $"\"{n}\""));

    /// <summary>The envelope's members: of a JSON document, or of the header line of JSON Lines.</summary>
    internal sealed class Header
    {
        public bool HasSchemaVersion { get; set; }

        public string? Organization { get; set; }

        public LocalDate? AsOf { get; set; }

        public List<PackReference>? Packs { get; set; }

        public bool HasDocument { get; set; }

        public long? DecisionCount { get; set; }

        /// <summary>Gets or sets the record's members, when the envelope has a record: fingerprints, runtime and version.</summary>
        public (string Parameters, string Snapshot, RuleRuntime Runtime, string Version)? Record { get; set; }

        public DecisionDocument ToDocument(JsonPath path, IReadOnlyList<Decision> decisions, bool lines)
        {
            Require(HasSchemaVersion, "schemaVersion");
            Require(HasDocument, "document");
            Require(Organization is not null, "organization");
            Require(AsOf is not null, "asOf");
            Require(Packs is not null, "packs");
            Require(!lines || DecisionCount is not null, "decisionCount");
            var record = Record is { } r ? new EvaluationRecord(AsOf!.Value, Packs!, r.Parameters, r.Snapshot, r.Runtime, r.Version) : null;
            return new DecisionDocument(Organization!, AsOf!.Value, Packs!, decisions, record);

            void Require(bool present, string member)
            {
                if (!present)
                {
                    throw path.Error($"\"{member}\" is missing.");
                }
            }
        }
    }

    /// <summary>Reads one member of the envelope, the reader on its value; returns false for a member the envelope does not have.</summary>
    public static bool ReadHeaderMember(ref Utf8JsonReader reader, string member, Header header, JsonPath path, bool lines)
    {
        switch (member)
        {
            case "schemaVersion":
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version))
                {
                    throw path.Error($"expected the format's version as a whole number, found {Describe(ref reader)}.");
                }

                if (version != DecisionJson.SchemaVersion)
                {
                    throw path.Error(string.Create(CultureInfo.InvariantCulture, $"is {version}; this reader reads version {DecisionJson.SchemaVersion} of the decision format."));
                }

                header.HasSchemaVersion = true;
                return true;
            case "document":
                var document = String(ref reader, path, "the kind of document");
                if (document != "evaluation")
                {
                    throw path.Error(document == "explanation"
                        ? "is \"explanation\": an explanation of one employee, which this reader does not read; it reads evaluation documents (\"evaluation\")."
                        : $"is \"{document}\"; expected \"evaluation\".");
                }

                header.HasDocument = true;
                return true;
            case "organization":
                header.Organization = String(ref reader, path, "the organisation's name");
                return true;
            case "asOf":
                header.AsOf = Date(ref reader, path);
                return true;
            case "packs":
                header.Packs = Packs(ref reader, path);
                return true;
            case "record":
                header.Record = reader.TokenType == JsonTokenType.Null ? null : ReadRecord(ref reader, path);
                return true;
            case "decisionCount" when lines:
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var count) || count < 0)
                {
                    throw path.Error($"expected the number of decision lines as a whole number of at least 0, found {Describe(ref reader)}.");
                }

                header.DecisionCount = count;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Reads a decision, the reader on its <see cref="JsonTokenType.StartObject"/>; leaves it on the matching end.</summary>
    public static Decision ReadDecision(ref Utf8JsonReader reader, JsonPath path)
    {
        ExpectObject(ref reader, path, "a decision");
        DecisionKind? kind = null;
        EmployeeId? employeeId = null;
        CycleId? cycleId = null;
        LocalDate? dueOn = null;
        var requiresApproval = false;
        EscalationLevel? escalateTo = null;
        string? subject = null;
        Explanation? explanation = null;
        string? id = null;
        var seen = new Seen(path);
        while (NextMember(ref reader, out var member))
        {
            switch (member)
            {
                case "id":
                    seen.Once(member, DecisionMembers.Length);
                    path.Push(member);
                    id = String(ref reader, path, "the decision's id");
                    break;
                case "kind":
                    seen.Once(member, 0);
                    path.Push(member);
                    kind = Kind(ref reader, path);
                    break;
                case "employeeId":
                    seen.Once(member, 1);
                    path.Push(member);
                    employeeId = Id<EmployeeId>(ref reader, path, nullable: false);
                    break;
                case "cycleId":
                    seen.Once(member, 2);
                    path.Push(member);
                    cycleId = Id<CycleId>(ref reader, path, nullable: true);
                    break;
                case "dueOn":
                    seen.Once(member, 3);
                    path.Push(member);
                    dueOn = reader.TokenType == JsonTokenType.Null ? null : Date(ref reader, path, orNull: true);
                    break;
                case "requiresApproval":
                    seen.Once(member, 4);
                    path.Push(member);
                    requiresApproval = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw path.Error($"expected true or false, found {Describe(ref reader)}."),
                    };
                    break;
                case "escalateTo":
                    seen.Once(member, 5);
                    path.Push(member);
                    escalateTo = Level(ref reader, path);
                    break;
                case "subject":
                    seen.Once(member, 6);
                    path.Push(member);
                    subject = reader.TokenType == JsonTokenType.Null ? null : String(ref reader, path, "what the decision is about, or null");
                    break;
                case "explanation":
                    seen.Once(member, 7);
                    path.Push(member);
                    explanation = ReadExplanation(ref reader, path);
                    break;
                default:
                    reader.Skip();
                    continue;
            }

            path.Pop();
        }

        seen.Require(DecisionMembers);
        var decision = new Decision(kind!, employeeId!.Value, cycleId, dueOn, requiresApproval, explanation!, escalateTo, subject);
        if (id is not null && DecisionId.Of(decision).Value is var computed && computed != id)
        {
            // The id is optional (documents written before it existed have none), but one that is there must be the decision's.
            throw path.Error("id", $"is \"{Shorten(id)}\", but the decision's kind, rule, pack, employee, cycle, subject and facts give \"{computed}\": the decision was changed after it was written.");
        }

        return decision;
    }

    private static (string, string, RuleRuntime, string) ReadRecord(ref Utf8JsonReader reader, JsonPath path)
    {
        ExpectObject(ref reader, path, "the evaluation's record (or null)");
        string? parameters = null, snapshot = null, version = null;
        RuleRuntime? runtime = null;
        var seen = new Seen(path);
        while (NextMember(ref reader, out var member))
        {
            switch (member)
            {
                case "parameterFingerprint":
                    seen.Once(member, 0);
                    path.Push(member);
                    parameters = Fingerprint(ref reader, path);
                    break;
                case "snapshotFingerprint":
                    seen.Once(member, 1);
                    path.Push(member);
                    snapshot = Fingerprint(ref reader, path);
                    break;
                case "runtime":
                    seen.Once(member, 2);
                    path.Push(member);
                    var name = String(ref reader, path, "the rule runtime");
                    runtime = name switch
                    {
                        "perfdomain" => RuleRuntime.PerfDomain,
                        "nrules" => RuleRuntime.NRules,
                        _ => throw path.Error($"is \"{Shorten(name)}\"; expected \"perfdomain\" or \"nrules\"."),
                    };
                    break;
                case "perfDomainVersion":
                    seen.Once(member, 3);
                    path.Push(member);
                    version = String(ref reader, path, "PerfDomain's version");
                    if (string.IsNullOrWhiteSpace(version))
                    {
                        throw path.Error("is empty; expected a version such as \"0.1.0\".");
                    }

                    break;
                default:
                    reader.Skip();
                    continue;
            }

            path.Pop();
        }

        seen.Require(RecordMembers);
        return (parameters!, snapshot!, runtime!.Value, version!);
    }

    private static string Fingerprint(ref Utf8JsonReader reader, JsonPath path)
    {
        var text = String(ref reader, path, "a fingerprint");
        return Fingerprints.IsWellFormed(text)
            ? text
            : throw path.Error($"\"{Shorten(text)}\" is not a fingerprint: expected \"sha256:\" and 64 lower-case hex digits.");
    }

    /// <summary>Tells what a token is, for an error message.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => $"the string \"{Shorten(reader.GetString()!)}\"",
        JsonTokenType.Number => $"the number {Shorten(System.Text.Encoding.UTF8.GetString(reader.ValueSpan))}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    /// <summary>Moves to the next member of an object; false at its end. Leaves the reader on the member's value.</summary>
    public static bool NextMember(ref Utf8JsonReader reader, out string member)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            member = string.Empty;
            return false;
        }

        member = reader.GetString()!;
        reader.Read();
        return true;
    }

    public static void ExpectObject(ref Utf8JsonReader reader, JsonPath path, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw path.Error($"expected {what} as an object, found {Describe(ref reader)}.");
        }
    }

    private static Explanation ReadExplanation(ref Utf8JsonReader reader, JsonPath path)
    {
        ExpectObject(ref reader, path, "the explanation");
        string? pack = null, packVersion = null, rule = null, reason = null;
        LocalDate asOf = default;
        List<FactReference>? facts = null;
        IReadOnlyDictionary<string, string>? parameters = null;
        var seen = new Seen(path);
        while (NextMember(ref reader, out var member))
        {
            switch (member)
            {
                case "pack":
                    seen.Once(member, 0);
                    path.Push(member);
                    pack = String(ref reader, path, "the pack's name");
                    break;
                case "packVersion":
                    seen.Once(member, 1);
                    path.Push(member);
                    packVersion = String(ref reader, path, "the pack's version");
                    break;
                case "rule":
                    seen.Once(member, 2);
                    path.Push(member);
                    rule = String(ref reader, path, "the rule's name");
                    break;
                case "asOf":
                    seen.Once(member, 3);
                    path.Push(member);
                    asOf = Date(ref reader, path);
                    break;
                case "facts":
                    seen.Once(member, 4);
                    path.Push(member);
                    facts = Facts(ref reader, path);
                    break;
                case "parameters":
                    seen.Once(member, 5);
                    path.Push(member);
                    parameters = Strings(ref reader, path, "the parameters");
                    break;
                case "reason":
                    seen.Once(member, 6);
                    path.Push(member);
                    reason = String(ref reader, path, "the reason");
                    break;
                default:
                    reader.Skip();
                    continue;
            }

            path.Pop();
        }

        seen.Require(ExplanationMembers);
        return new Explanation(pack!, packVersion!, rule!, asOf, facts!, parameters!, reason!);
    }

    private static List<FactReference> Facts(ref Utf8JsonReader reader, JsonPath path)
    {
        ExpectArray(ref reader, path, "the facts");
        var facts = new List<FactReference>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            path.Push(facts.Count);
            ExpectObject(ref reader, path, "a fact");
            string? type = null, id = null;
            IReadOnlyDictionary<string, string>? values = null;
            var seen = new Seen(path);
            while (NextMember(ref reader, out var member))
            {
                switch (member)
                {
                    case "type":
                        seen.Once(member, 0);
                        path.Push(member);
                        type = String(ref reader, path, "the kind of fact");
                        break;
                    case "id":
                        seen.Once(member, 1);
                        path.Push(member);
                        id = String(ref reader, path, "the fact's id");
                        break;
                    case "values":
                        seen.Once(member, 2);
                        path.Push(member);
                        values = Strings(ref reader, path, "the fact's values");
                        break;
                    default:
                        reader.Skip();
                        continue;
                }

                path.Pop();
            }

            seen.Require(FactMembers);
            facts.Add(new FactReference(type!, id!, values!));
            path.Pop();
        }

        return facts;
    }

    private static List<PackReference> Packs(ref Utf8JsonReader reader, JsonPath path)
    {
        ExpectArray(ref reader, path, "the packs");
        var packs = new List<PackReference>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            path.Push(packs.Count);
            ExpectObject(ref reader, path, "a pack");
            string? name = null, version = null;
            var seen = new Seen(path);
            while (NextMember(ref reader, out var member))
            {
                switch (member)
                {
                    case "name":
                        seen.Once(member, 0);
                        path.Push(member);
                        name = String(ref reader, path, "the pack's name");
                        break;
                    case "version":
                        seen.Once(member, 1);
                        path.Push(member);
                        version = String(ref reader, path, "the pack's version");
                        break;
                    default:
                        reader.Skip();
                        continue;
                }

                path.Pop();
            }

            seen.Require(PackMembers);
            packs.Add(new PackReference(name!, version!));
            path.Pop();
        }

        return packs;
    }

    private static Dictionary<string, string> Strings(ref Utf8JsonReader reader, JsonPath path, string what)
    {
        ExpectObject(ref reader, path, what);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextMember(ref reader, out var key))
        {
            path.Push(key);
            if (reader.TokenType != JsonTokenType.String)
            {
                throw path.Error($"expected a string, found {Describe(ref reader)}.");
            }

            if (!map.TryAdd(key, reader.GetString()!))
            {
                throw path.Error("appears twice.");
            }

            path.Pop();
        }

        return map;
    }

    private static DecisionKind Kind(ref Utf8JsonReader reader, JsonPath path)
    {
        var name = String(ref reader, path, "the decision's kind");
        try
        {
            return DecisionKind.Custom(name);
        }
        catch (ArgumentException e)
        {
            throw path.Error(
                $"\"{Shorten(name)}\" is not a decision kind: expected a camelCase name such as \"checkInDue\", or a custom pack's such as \"acme.mentorAssigned\".",
                e);
        }
    }

    private static EscalationLevel? Level(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw path.Error($"expected one of {LevelList} or null, found {Describe(ref reader)}.");
        }

        return Name.TryParseLevel(ref reader, out var level)
            ? level
            : throw path.Error($"\"{Shorten(reader.GetString()!)}\" is not an escalation level; expected one of {LevelList} or null.");
    }

    private static T? Id<T>(ref Utf8JsonReader reader, JsonPath path, bool nullable)
        where T : struct, IEntityId<T>
    {
        if (nullable && reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = String(ref reader, path, nullable ? "an id or null" : "an id");
        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw path.Error(e.Message, e);
        }
    }

    private static LocalDate Date(ref Utf8JsonReader reader, JsonPath path, bool orNull = false)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw path.Error($"expected a date (uuuu-MM-dd){(orNull ? " or null" : string.Empty)}, found {Describe(ref reader)}.");
        }

        var text = reader.GetString()!;
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success
            ? parsed.Value
            : throw path.Error($"\"{Shorten(text)}\" is not a date: expected uuuu-MM-dd, such as \"2026-11-16\".");
    }

    private static string String(ref Utf8JsonReader reader, JsonPath path, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw path.Error($"expected {what} as a string, found {Describe(ref reader)}.");

    private static void ExpectArray(ref Utf8JsonReader reader, JsonPath path, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw path.Error($"expected {what} as an array, found {Describe(ref reader)}.");
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : $"{text[..60]}…";

    /// <summary>Which documented members of an object have been read: each at most once, the required all.</summary>
    private struct Seen(JsonPath path)
    {
        private int _members;

        public void Once(string member, int bit)
        {
            if ((_members & (1 << bit)) != 0)
            {
                throw path.Error(member, "appears twice.");
            }

            _members |= 1 << bit;
        }

        public readonly void Require(string[] members)
        {
            for (var bit = 0; bit < members.Length; bit++)
            {
                if ((_members & (1 << bit)) == 0)
                {
                    throw path.Error($"\"{members[bit]}\" is missing.");
                }
            }
        }
    }
}
