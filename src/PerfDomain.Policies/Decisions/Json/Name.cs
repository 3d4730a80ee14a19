using System.Text.Json;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>The member names of the decision format, encoded once, and the names of escalation levels.</summary>
internal static class Name
{
    public static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");
    public static readonly JsonEncodedText Document = JsonEncodedText.Encode("document");
    public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
    public static readonly JsonEncodedText Packs = JsonEncodedText.Encode("packs");
    public static readonly JsonEncodedText PackName = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText Decisions = JsonEncodedText.Encode("decisions");
    public static readonly JsonEncodedText DecisionCount = JsonEncodedText.Encode("decisionCount");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText EmployeeId = JsonEncodedText.Encode("employeeId");
    public static readonly JsonEncodedText CycleId = JsonEncodedText.Encode("cycleId");
    public static readonly JsonEncodedText DueOn = JsonEncodedText.Encode("dueOn");
    public static readonly JsonEncodedText RequiresApproval = JsonEncodedText.Encode("requiresApproval");
    public static readonly JsonEncodedText EscalateTo = JsonEncodedText.Encode("escalateTo");
    public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
    public static readonly JsonEncodedText Pack = JsonEncodedText.Encode("pack");
    public static readonly JsonEncodedText PackVersion = JsonEncodedText.Encode("packVersion");
    public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
    public static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    public static readonly JsonEncodedText Facts = JsonEncodedText.Encode("facts");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Values = JsonEncodedText.Encode("values");
    public static readonly JsonEncodedText Parameters = JsonEncodedText.Encode("parameters");
    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    public static readonly JsonEncodedText DecisionId = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");
    public static readonly JsonEncodedText ParameterFingerprint = JsonEncodedText.Encode("parameterFingerprint");
    public static readonly JsonEncodedText SnapshotFingerprint = JsonEncodedText.Encode("snapshotFingerprint");
    public static readonly JsonEncodedText Runtime = JsonEncodedText.Encode("runtime");
    public static readonly JsonEncodedText PerfDomainVersion = JsonEncodedText.Encode("perfDomainVersion");

    /// <summary>Gets the name the format gives a rule runtime: <c>perfdomain</c> or <c>nrules</c>, as <c>--runtime</c> spells them.</summary>
    public static string Of(PerfDomain.Policies.Evaluation.RuleRuntime runtime) =>
        runtime == PerfDomain.Policies.Evaluation.RuleRuntime.NRules ? "nrules" : "perfdomain";

    private static readonly (EscalationLevel Level, string Name, JsonEncodedText Encoded)[] Levels =
        [.. Enum.GetValues<EscalationLevel>().Select(l => (l, JsonNamingPolicy.CamelCase.ConvertName(l.ToString()), JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(l.ToString()))))];

    /// <summary>Gets the names of the escalation levels, as the format writes them.</summary>
    public static IEnumerable<string> LevelNames => Levels.Select(l => l.Name);

    public static JsonEncodedText Of(EscalationLevel level)
    {
        foreach (var (member, _, encoded) in Levels)
        {
            if (member == level)
            {
                return encoded;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(level), level, $"{level} is not an escalation level.");
    }

    public static bool TryParseLevel(ref Utf8JsonReader reader, out EscalationLevel level)
    {
        foreach (var (member, _, encoded) in Levels)
        {
            if (reader.ValueTextEquals(encoded.EncodedUtf8Bytes))
            {
                level = member;
                return true;
            }
        }

        level = default;
        return false;
    }
}
