using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Cli.Input;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Writes the decision format of <c>docs/decision-format.md</c>: every field always present
/// (<see langword="null"/> when it does not apply), decisions in the engine's documented order,
/// the keys of fact values and parameters sorted ordinally, dates as ISO <c>uuuu-MM-dd</c>; as one
/// indented document (<c>--format json</c>) or as JSON Lines (<c>--format jsonl</c>).
/// </summary>
/// <remarks>
/// The text goes out in chunks of about <see cref="ChunkBytes"/> as it is written, never held whole:
/// a 100,000-employee evaluation is hundreds of megabytes of JSON.
/// </remarks>
internal static class DecisionJsonWriter
{
    /// <summary>The version of the decision format; it changes only when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>About how many bytes of UTF-8 are written to the output at a time.</summary>
    public const int ChunkBytes = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private static readonly JsonWriterOptions LineOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes an evaluation: its as-of date, packs and decisions.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="outcome">The outcome.</param>
    public static void WriteEvaluation(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EvaluationOutcome outcome) =>
        Write(output, (json, chunks) =>
        {
            WriteHeader(json, input, packs, outcome.AsOf, "evaluation");
            WriteDecisions(json, outcome.Decisions, chunks);
        });

    /// <summary>
    /// Writes an evaluation as JSON Lines: a header line (the evaluation document without its
    /// <c>decisions</c>, with their <c>decisionCount</c>), then one line per decision, each the same
    /// object as in the <c>decisions</c> array of <see cref="WriteEvaluation"/>, in the same order.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="outcome">The outcome.</param>
    public static void WriteEvaluationLines(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EvaluationOutcome outcome)
    {
        using var chunks = new Chunks(output);
        using var json = new Utf8JsonWriter(chunks.Buffer, LineOptions);
        json.WriteStartObject();
        WriteHeader(json, input, packs, outcome.AsOf, "evaluation");
        json.WriteNumber("decisionCount", outcome.Decisions.Count);
        json.WriteEndObject();
        EndLine(json, chunks);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var decision in outcome.Decisions)
        {
            WriteDecision(json, decision, pairs);
            EndLine(json, chunks);
        }
    }

    /// <summary>Writes the explanation of one employee: decisions, then rules that did not fire.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="explanation">The explanation.</param>
    public static void WriteExplanation(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EmployeeExplanation explanation) =>
        Write(output, (json, chunks) =>
        {
            WriteHeader(json, input, packs, explanation.AsOf, "explanation");
            json.WriteStartObject("employee");
            json.WriteString("id", explanation.EmployeeId.Value);
            json.WriteString("name", input.Snapshot.Employee(explanation.EmployeeId).Name);
            json.WriteEndObject();
            WriteDecisions(json, explanation.Decisions, chunks);
            json.WriteStartArray("notFired");
            foreach (var diagnosis in explanation.NotFired)
            {
                json.WriteStartObject();
                json.WriteString("rule", diagnosis.Rule);
                json.WriteString("pack", diagnosis.Pack);
                json.WriteString("description", diagnosis.Description);
                json.WriteString("reason", diagnosis.Reason);
                json.WriteStartArray("closestFacts");
                foreach (var fact in diagnosis.ClosestFacts)
                {
                    json.WriteStringValue(fact);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    private static void Write(TextWriter output, Action<Utf8JsonWriter, Chunks> body)
    {
        using (var chunks = new Chunks(output))
        using (var json = new Utf8JsonWriter(chunks.Buffer, Options))
        {
            json.WriteStartObject();
            body(json, chunks);
            json.WriteEndObject();
            json.Flush();
        }

        output.WriteLine();
    }

    // One JSON Lines line done: the object, then "\n"; the writer starts afresh for the next top-level value.
    private static void EndLine(Utf8JsonWriter json, Chunks chunks)
    {
        json.Flush();
        chunks.Buffer.Write("\n"u8);
        json.Reset();
        chunks.WriteIfFull();
    }

    private static void WriteHeader(Utf8JsonWriter json, SnapshotInput input, IReadOnlyList<PolicyPack> packs, LocalDate asOf, string document)
    {
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("document", document);
        json.WriteString("organization", input.Snapshot.OrganizationName);
        WriteDate(json, Name.AsOf, asOf);
        json.WriteStartArray("packs");
        foreach (var pack in packs)
        {
            json.WriteStartObject();
            json.WriteString("name", pack.Name);
            json.WriteString("version", pack.Version);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDecisions(Utf8JsonWriter json, IReadOnlyList<Decision> decisions, Chunks chunks)
    {
        json.WriteStartArray("decisions");
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var decision in decisions)
        {
            WriteDecision(json, decision, pairs);
            json.Flush();
            chunks.WriteIfFull();
        }

        json.WriteEndArray();
    }

    // Hundreds of thousands of these in a large run: names encoded once, no LINQ, dates without strings.
    private static void WriteDecision(Utf8JsonWriter json, Decision decision, List<KeyValuePair<string, string>> pairs)
    {
        json.WriteStartObject();
        json.WriteString(Name.Kind, Names.Of(decision.Kind));
        json.WriteString(Name.EmployeeId, decision.EmployeeId.Value);
        NullableString(json, Name.CycleId, decision.CycleId?.Value);
        if (decision.DueOn is { } due)
        {
            WriteDate(json, Name.DueOn, due);
        }
        else
        {
            json.WriteNull(Name.DueOn);
        }

        json.WriteBoolean(Name.RequiresApproval, decision.RequiresApproval);
        if (decision.EscalateTo is { } level)
        {
            json.WriteString(Name.EscalateTo, Name.Of(level));
        }
        else
        {
            json.WriteNull(Name.EscalateTo);
        }

        NullableString(json, Name.Subject, decision.Subject);

        var explanation = decision.Explanation;
        json.WriteStartObject(Name.Explanation);
        json.WriteString(Name.Pack, explanation.Pack);
        json.WriteString(Name.PackVersion, explanation.PackVersion);
        json.WriteString(Name.Rule, explanation.Rule);
        WriteDate(json, Name.AsOf, explanation.AsOf);
        json.WriteStartArray(Name.Facts);
        foreach (var fact in explanation.Facts)
        {
            json.WriteStartObject();
            json.WriteString(Name.Type, fact.Type);
            json.WriteString(Name.Id, fact.Id);
            SortedMap(json, Name.Values, fact.Values, pairs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        SortedMap(json, Name.Parameters, explanation.Parameters, pairs);
        json.WriteString(Name.Reason, explanation.Reason);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void SortedMap(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyDictionary<string, string> map, List<KeyValuePair<string, string>> pairs)
    {
        pairs.Clear();
        var sorted = true;
        foreach (var pair in map)
        {
            sorted = sorted && (pairs.Count == 0 || string.CompareOrdinal(pairs[^1].Key, pair.Key) < 0);
            pairs.Add(pair);
        }

        // The engine's maps come sorted; any other keeps the documented order all the same.
        if (!sorted)
        {
            pairs.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        }

        json.WriteStartObject(name);
        foreach (var (key, value) in pairs)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText name, LocalDate date)
    {
        Span<byte> text = stackalloc byte[10];
        if (TryFormatDate(date, text))
        {
            json.WriteString(name, text);
        }
        else
        {
            json.WriteString(name, Date(date));
        }
    }

    /// <summary>Formats a date as <see cref="LocalDatePattern.Iso"/> does (<c>uuuu-MM-dd</c>), in UTF-8, without a string.</summary>
    /// <param name="date">The date.</param>
    /// <param name="utf8">Ten bytes to write into.</param>
    /// <returns>Whether the date was formatted: NodaTime's years before 0 (to -9998) are left to the pattern.</returns>
    internal static bool TryFormatDate(LocalDate date, Span<byte> utf8)
    {
        if (date.Year is < 0 or > 9999 || utf8.Length < 10)
        {
            return false;
        }

        Digits(utf8[..4], date.Year);
        utf8[4] = (byte)'-';
        Digits(utf8.Slice(5, 2), date.Month);
        utf8[7] = (byte)'-';
        Digits(utf8.Slice(8, 2), date.Day);
        return true;
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The decision's member names, encoded once.</summary>
    private static class Name
    {
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

        private static readonly Dictionary<EscalationLevel, JsonEncodedText> Levels = Enum.GetValues<EscalationLevel>().ToDictionary(l => l, l => JsonEncodedText.Encode(Names.Of(l)));

        public static JsonEncodedText Of(EscalationLevel level) => Levels.TryGetValue(level, out var name) ? name : JsonEncodedText.Encode(Names.Of(level));
    }

    /// <summary>
    /// The UTF-8 a <see cref="Utf8JsonWriter"/> has flushed, passed on to the output once there is a
    /// chunk of it, and the rest when disposed.
    /// </summary>
    private sealed class Chunks : IDisposable
    {
        private readonly TextWriterStream _output;

        public Chunks(TextWriter output)
        {
            _output = new TextWriterStream(output);
        }

        public ArrayBufferWriter<byte> Buffer { get; } = new(ChunkBytes + (ChunkBytes / 4));

        // Only between flushes of the JSON writer: it has no bytes pending in the buffer then.
        public void WriteIfFull()
        {
            if (Buffer.WrittenCount >= ChunkBytes)
            {
                WriteAll();
            }
        }

        public void Dispose()
        {
            WriteAll();
            _output.Dispose();
        }

        private void WriteAll()
        {
            _output.Write(Buffer.WrittenSpan);
            Buffer.ResetWrittenCount();
        }
    }
}
