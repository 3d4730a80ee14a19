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
        foreach (var decision in outcome.Decisions)
        {
            WriteDecision(json, decision);
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
        json.WriteString("asOf", Date(asOf));
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
        foreach (var decision in decisions)
        {
            WriteDecision(json, decision);
            json.Flush();
            chunks.WriteIfFull();
        }

        json.WriteEndArray();
    }

    private static void WriteDecision(Utf8JsonWriter json, Decision decision)
    {
        json.WriteStartObject();
        json.WriteString("kind", Names.Of(decision.Kind));
        json.WriteString("employeeId", decision.EmployeeId.Value);
        NullableString(json, "cycleId", decision.CycleId?.Value);
        NullableString(json, "dueOn", decision.DueOn is { } due ? Date(due) : null);
        json.WriteBoolean("requiresApproval", decision.RequiresApproval);
        NullableString(json, "escalateTo", decision.EscalateTo is { } level ? Names.Of(level) : null);
        NullableString(json, "subject", decision.Subject);

        var explanation = decision.Explanation;
        json.WriteStartObject("explanation");
        json.WriteString("pack", explanation.Pack);
        json.WriteString("packVersion", explanation.PackVersion);
        json.WriteString("rule", explanation.Rule);
        json.WriteString("asOf", Date(explanation.AsOf));
        json.WriteStartArray("facts");
        foreach (var fact in explanation.Facts)
        {
            json.WriteStartObject();
            json.WriteString("type", fact.Type);
            json.WriteString("id", fact.Id);
            SortedMap(json, "values", fact.Values);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        SortedMap(json, "parameters", explanation.Parameters);
        json.WriteString("reason", explanation.Reason);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void SortedMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
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

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

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
