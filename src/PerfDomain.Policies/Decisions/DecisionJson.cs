using Ardalis.GuardClauses;
using PerfDomain.Policies.Decisions.Json;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// Writes and reads the decision format of docs/decision-format.md — what <c>perfdomain evaluate --format json</c>
/// and <c>--format jsonl</c> print — so that a host can keep an audit trail of evaluations and read it back:
/// <c>DecisionJson.Read(DecisionJson.Write(d))</c> equals <c>d</c>.
/// </summary>
/// <remarks>
/// <para>
/// Writing goes out to the stream in chunks of about 64 KB as the text is produced, never held whole (a
/// 100,000-employee evaluation is hundreds of megabytes of JSON); reading holds one decision's text at a time. Neither
/// closes the stream. The bytes are those of the CLI: UTF-8 without a byte order mark, <c>\n</c> line endings, a final
/// <c>\n</c>.
/// </para>
/// <para>
/// Reading is strict about what the format defines — every documented member present, once, with a value of its type
/// (an ISO date, a decision kind's name, a valid id, one of the escalation levels), <c>schemaVersion</c> 1, an
/// <c>"evaluation"</c> document, and in JSON Lines exactly <c>decisionCount</c> decision lines — and reports the first
/// problem as a <see cref="DecisionFormatException"/> with its JSON path (and line). Members it does not know are
/// skipped, as the format's versioning rule asks of readers. Thread-safe: every call is independent.
/// </para>
/// </remarks>
public static class DecisionJson
{
    /// <summary>The version of the decision format written and read: it changes only when a field changes meaning or goes away.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes an evaluation as one indented JSON document (<c>--format json</c>).</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="document">The evaluation.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static void Write(Stream utf8Json, DecisionDocument document) =>
        Complete(WriteCoreAsync(Writable(utf8Json), Guard.Against.Null(document), lines: false, async: false, CancellationToken.None));

    /// <summary>Writes an evaluation as one indented JSON document (<c>--format json</c>), asynchronously.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="document">The evaluation.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static Task WriteAsync(Stream utf8Json, DecisionDocument document, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(Writable(utf8Json), Guard.Against.Null(document), lines: false, async: true, cancellationToken).AsTask();

    /// <summary>
    /// Writes an evaluation as JSON Lines (<c>--format jsonl</c>): a header line (the document without its decisions,
    /// with their <c>decisionCount</c>), then one line per decision.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="document">The evaluation.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static void WriteLines(Stream utf8Json, DecisionDocument document) =>
        Complete(WriteCoreAsync(Writable(utf8Json), Guard.Against.Null(document), lines: true, async: false, CancellationToken.None));

    /// <summary>Writes an evaluation as JSON Lines (<c>--format jsonl</c>), asynchronously.</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="document">The evaluation.</param>
    /// <param name="cancellationToken">Stops the writing between chunks.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be written.</exception>
    public static Task WriteLinesAsync(Stream utf8Json, DecisionDocument document, CancellationToken cancellationToken = default) =>
        WriteCoreAsync(Writable(utf8Json), Guard.Against.Null(document), lines: true, async: true, cancellationToken).AsTask();

    /// <summary>Reads an evaluation document (<c>--format json</c>).</summary>
    /// <param name="utf8Json">The UTF-8 text (a byte order mark is allowed); read to its end, left open.</param>
    /// <returns>The evaluation, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="DecisionFormatException">The text is not a valid decision document; the exception says where and why.</exception>
    public static DecisionDocument Read(Stream utf8Json) =>
        Complete(DecisionStreamReader.ReadDocumentAsync(Readable(utf8Json), async: false, CancellationToken.None));

    /// <summary>Reads an evaluation document (<c>--format json</c>), asynchronously.</summary>
    /// <param name="utf8Json">The UTF-8 text (a byte order mark is allowed); read to its end, left open.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The evaluation, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="DecisionFormatException">The text is not a valid decision document; the exception says where and why.</exception>
    public static Task<DecisionDocument> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        DecisionStreamReader.ReadDocumentAsync(Readable(utf8Json), async: true, cancellationToken).AsTask();

    /// <summary>Reads an evaluation written as JSON Lines (<c>--format jsonl</c>).</summary>
    /// <param name="utf8Json">The UTF-8 text (a byte order mark is allowed); read to its end, left open.</param>
    /// <returns>The evaluation, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="DecisionFormatException">The text is not valid; the exception says on which line, where and why.</exception>
    public static DecisionDocument ReadLines(Stream utf8Json) =>
        Complete(DecisionStreamReader.ReadLinesAsync(Readable(utf8Json), async: false, CancellationToken.None));

    /// <summary>Reads an evaluation written as JSON Lines (<c>--format jsonl</c>), asynchronously.</summary>
    /// <param name="utf8Json">The UTF-8 text (a byte order mark is allowed); read to its end, left open.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The evaluation, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read.</exception>
    /// <exception cref="DecisionFormatException">The text is not valid; the exception says on which line, where and why.</exception>
    public static Task<DecisionDocument> ReadLinesAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        DecisionStreamReader.ReadLinesAsync(Readable(utf8Json), async: true, cancellationToken).AsTask();

    private static async ValueTask WriteCoreAsync(Stream output, DecisionDocument document, bool lines, bool async, CancellationToken cancellationToken)
    {
        using var writer = new DecisionWriter(lines);
        var json = writer.Json;
        json.WriteStartObject();
        writer.WriteHeader("evaluation", document.Organization, document.AsOf, document.Packs);
        writer.WriteRecord(document.Record);
        if (lines)
        {
            json.WriteNumber(Name.DecisionCount, document.Decisions.Count);
            json.WriteEndObject();
            writer.EndLine();
        }
        else
        {
            json.WriteStartArray(Name.Decisions);
        }

        // The first decision through the document's writer, the rest in batches formatted on every core (DecisionBatches).
        var decisions = document.Decisions;
        if (decisions.Count > 0)
        {
            writer.WriteDecision(decisions[0]);
            if (lines)
            {
                writer.EndLine();
            }
            else
            {
                json.Flush();
            }

            foreach (var pending in DecisionBatches.InOrder(decisions, 1, lines))
            {
                var batch = async ? await pending.ConfigureAwait(false) : pending.GetAwaiter().GetResult();
                await WriteChunkAsync().ConfigureAwait(false);
                foreach (var chunk in batch.Chunks())
                {
                    if (async)
                    {
                        await output.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        output.Write(chunk.Span);
                    }
                }

                DecisionBatches.Return(batch);
            }
        }

        if (!lines)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            writer.EndDocument();
        }

        await WriteChunkAsync().ConfigureAwait(false);
        if (async)
        {
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            output.Flush();
        }

        ValueTask WriteChunkAsync()
        {
            if (async)
            {
                return writer.WriteChunkAsync(output, cancellationToken);
            }

            writer.WriteChunk(output);
            return ValueTask.CompletedTask;
        }
    }

    private static Stream Writable(Stream stream) =>
        Guard.Against.Null(stream).CanWrite ? stream : throw new ArgumentException("The stream cannot be written.", nameof(stream));

    private static Stream Readable(Stream stream) =>
        Guard.Against.Null(stream).CanRead ? stream : throw new ArgumentException("The stream cannot be read.", nameof(stream));

    // With async: false every await inside has completed synchronously.
    private static void Complete(ValueTask task) => task.GetAwaiter().GetResult();

    private static T Complete<T>(ValueTask<T> task) => task.GetAwaiter().GetResult();
}
