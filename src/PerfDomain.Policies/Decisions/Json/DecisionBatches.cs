using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>
/// Formats the decisions of an evaluation a batch at a time, on the thread pool when there are enough of
/// them and more than one core, and hands the batches back in order: a decision's JSON depends on that
/// decision alone (its id, its explanation described and formatted), so a large run writes on every core
/// while the text stays byte for byte what one <see cref="DecisionWriter"/> writes.
/// </summary>
/// <remarks>
/// Each batch continues a document whose writer has already written one decision: in the indented form
/// it starts with the comma after the decision before it and is indented as the <c>decisions</c> array's
/// items are; as JSON Lines it is whole lines. At most a few batches are in flight, so memory stays that
/// of a few hundred decisions' text. Thread-safe.
/// </remarks>
internal static class DecisionBatches
{
    /// <summary>How many decisions go in one batch.</summary>
    public const int BatchSize = 128;

    private static readonly ConcurrentBag<Batch> Pool = [];

    /// <summary>
    /// Formats <paramref name="decisions"/> from <paramref name="from"/> on (at least one decision has been
    /// written before them), returning the batches in order; give each back with <see cref="Return"/> once written.
    /// </summary>
    /// <param name="decisions">The decisions.</param>
    /// <param name="from">The first decision to format; greater than zero.</param>
    /// <param name="lines">Whether the form is JSON Lines rather than one indented document.</param>
    /// <returns>The batches' text, in order.</returns>
    public static IEnumerable<Task<Batch>> InOrder(IReadOnlyList<Decision> decisions, int from, bool lines)
    {
        var parallel = Environment.ProcessorCount > 1 && decisions.Count - from >= 4 * BatchSize;
        var inFlight = new Queue<Task<Batch>>();
        var lookahead = 2 * Environment.ProcessorCount;
        var next = from;
        while (next < decisions.Count || inFlight.Count > 0)
        {
            while (next < decisions.Count && inFlight.Count < (parallel ? lookahead : 1))
            {
                var (start, end) = (next, Math.Min(decisions.Count, next + BatchSize));
                inFlight.Enqueue(parallel ? Task.Run(() => Format(decisions, start, end, lines)) : Task.FromResult(Format(decisions, start, end, lines)));
                next = end;
            }

            yield return inFlight.Dequeue();
        }
    }

    /// <summary>Gives a batch back once its text has been written.</summary>
    /// <param name="batch">The batch.</param>
    public static void Return(Batch batch) => Pool.Add(batch);

    private static Batch Format(IReadOnlyList<Decision> decisions, int start, int end, bool lines)
    {
        var batch = Pool.TryTake(out var pooled) ? pooled : new Batch(lines);
        batch.Format(decisions, start, end, lines);
        return batch;
    }

    /// <summary>The text of a run of decisions, with the writer that made it; reused.</summary>
    internal sealed class Batch
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(DecisionWriter.ChunkBytes);
        private readonly List<KeyValuePair<string, string>> _pairs = [];
        private Utf8JsonWriter _json;
        private bool _lines;

        public Batch(bool lines)
        {
            _json = new Utf8JsonWriter(_buffer, DecisionWriter.Options(lines));
            _lines = lines;
        }

        /// <summary>Gets the batch's UTF-8 text.</summary>
        public ReadOnlyMemory<byte> Text => _buffer.WrittenMemory;

        /// <summary>Gets the batch's text in pieces of at most <see cref="DecisionWriter.ChunkBytes"/>, the size the output gets it in.</summary>
        public IEnumerable<ReadOnlyMemory<byte>> Chunks()
        {
            var text = Text;
            for (var offset = 0; offset < text.Length; offset += DecisionWriter.ChunkBytes)
            {
                yield return text.Slice(offset, Math.Min(DecisionWriter.ChunkBytes, text.Length - offset));
            }
        }

        public void Format(IReadOnlyList<Decision> decisions, int start, int end, bool lines)
        {
            if (lines != _lines)
            {
                _json = new Utf8JsonWriter(_buffer, DecisionWriter.Options(lines));
                _lines = lines;
            }

            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            if (lines)
            {
                for (var i = start; i < end; i++)
                {
                    DecisionWriter.WriteDecision(_json, decisions[i], _pairs);
                    _json.Flush();
                    _buffer.Write("\n"u8);
                    _json.Reset();
                }

                return;
            }

            // The writer is put where the document's writer is when it writes decisions — inside the
            // decisions array of the root object — and what that took is dropped; the decisions then come
            // out indented as the array's items, and each batch follows the decision before it with a comma.
            _json.WriteStartObject();
            _json.WriteStartArray(Name.Decisions);
            _json.Flush();
            _buffer.ResetWrittenCount();
            _buffer.Write(","u8);
            for (var i = start; i < end; i++)
            {
                DecisionWriter.WriteDecision(_json, decisions[i], _pairs);
            }

            _json.Flush();
        }
    }
}
