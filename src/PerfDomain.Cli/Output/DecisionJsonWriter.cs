using NodaTime;
using PerfDomain.Cli.Input;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Decisions.Json;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Writes the decision format of <c>docs/decision-format.md</c> to standard output: evaluations through the public
/// <see cref="DecisionJson"/> (as one indented document, <c>--format json</c>, or as JSON Lines, <c>--format jsonl</c>),
/// and the explanation document of <c>explain</c>, which only the tool writes, with the same envelope and decisions.
/// </summary>
/// <remarks>
/// The text goes out in chunks of about <see cref="ChunkBytes"/> as it is written, never held whole:
/// a 100,000-employee evaluation is hundreds of megabytes of JSON.
/// </remarks>
internal static class DecisionJsonWriter
{
    /// <summary>About how many bytes of UTF-8 are written to the output at a time.</summary>
    public const int ChunkBytes = DecisionWriter.ChunkBytes;

    /// <summary>Writes an evaluation: its as-of date, packs, record and decisions.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The evaluation (<see cref="DecisionDocument.FromEvaluation"/>).</param>
    public static void WriteEvaluation(TextWriter output, DecisionDocument document)
    {
        using var stream = new TextWriterStream(output);
        DecisionJson.Write(stream, document);
    }

    /// <summary>
    /// Writes an evaluation as JSON Lines: a header line (the evaluation document without its
    /// <c>decisions</c>, with their <c>decisionCount</c>), then one line per decision, each the same
    /// object as in the <c>decisions</c> array of <see cref="WriteEvaluation"/>, in the same order.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="document">The evaluation (<see cref="DecisionDocument.FromEvaluation"/>).</param>
    public static void WriteEvaluationLines(TextWriter output, DecisionDocument document)
    {
        using var stream = new TextWriterStream(output);
        DecisionJson.WriteLines(stream, document);
    }

    /// <summary>Writes the explanation of one employee: decisions, then rules that did not fire.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="explanation">The explanation.</param>
    public static void WriteExplanation(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EmployeeExplanation explanation)
    {
        using (var stream = new TextWriterStream(output))
        using (var writer = new DecisionWriter(lines: false))
        {
            var json = writer.Json;
            json.WriteStartObject();
            writer.WriteHeader("explanation", input.Snapshot.OrganizationName, explanation.AsOf, [.. packs.Select(p => new PackReference(p.Name, p.Version))]);
            json.WriteStartObject("employee");
            json.WriteString("id", explanation.EmployeeId.Value);
            json.WriteString("name", input.Snapshot.Employee(explanation.EmployeeId).Name);
            json.WriteEndObject();
            json.WriteStartArray("decisions");
            foreach (var decision in explanation.Decisions)
            {
                writer.WriteDecision(decision);
                json.Flush();
                if (writer.IsChunkFull)
                {
                    writer.WriteChunk(stream);
                }
            }

            json.WriteEndArray();
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
            json.WriteEndObject();
            writer.EndDocument();
            writer.WriteChunk(stream);
        }
    }

    /// <summary>Formats a date as <c>LocalDatePattern.Iso</c> does (<c>uuuu-MM-dd</c>), in UTF-8, without a string.</summary>
    /// <param name="date">The date.</param>
    /// <param name="utf8">Ten bytes to write into.</param>
    /// <returns>Whether the date was formatted: NodaTime's years before 0 (to -9998) are left to the pattern.</returns>
    internal static bool TryFormatDate(LocalDate date, Span<byte> utf8) => DecisionWriter.TryFormatDate(date, utf8);
}
