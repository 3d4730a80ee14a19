using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Writes the elements of a collection of the compact text a batch at a time, each batch made on the thread
/// pool by a writer of its own and copied into the document's buffer in order, so that the text is byte for
/// byte what one writer writes: an element's JSON depends on that element alone, and the compact form has no
/// indentation to carry over. What fingerprints a snapshot (<c>Fingerprints.Of</c>) uses it to write on every core.
/// </summary>
/// <remarks>
/// The document's writer writes the collection's name and brackets; the batches go between them, behind its
/// back, which in the compact form changes nothing it writes next. Small collections are written in place, one
/// element after the other. At most a few batches are in flight. Thread-safe; the snapshot is only read.
/// </remarks>
internal sealed class ParallelElements : SnapshotStreamWriter.IElements
{
    /// <summary>How many elements go in one batch.</summary>
    public const int BatchSize = 256;

    private readonly ConcurrentBag<Batch> _pool = [];

    public static ParallelElements Instance { get; } = new();

    public IEnumerable<bool> Collection<T, TDocument>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name, IEnumerable<T> items, Func<T, TDocument> toDocument)
    {
        var list = items as IReadOnlyList<T> ?? [.. items];
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        writer.Flush();
        var inFlight = new Queue<Task<Batch>>();
        var lookahead = Environment.ProcessorCount > 1 && list.Count >= 4 * BatchSize ? 2 * Environment.ProcessorCount : 1;
        var next = 0;
        while (next < list.Count || inFlight.Count > 0)
        {
            while (next < list.Count && inFlight.Count < lookahead)
            {
                var (start, end) = (next, Math.Min(list.Count, next + BatchSize));
                inFlight.Enqueue(lookahead > 1 ? Task.Run(() => Make(list, start, end, toDocument)) : Task.FromResult(Make(list, start, end, toDocument)));
                next = end;
            }

            var batch = inFlight.Dequeue().GetAwaiter().GetResult();
            buffer.Write(batch.Text);
            _pool.Add(batch);
            if (buffer.WrittenCount >= SnapshotStreamWriter.FlushThreshold)
            {
                yield return true;
            }
        }

        writer.WriteEndArray();
    }

    private Batch Make<T, TDocument>(IReadOnlyList<T> items, int start, int end, Func<T, TDocument> toDocument)
    {
        var batch = _pool.TryTake(out var pooled) ? pooled : new Batch();
        batch.Write(items, start, end, toDocument);
        return batch;
    }

    /// <summary>The text of a run of elements, with the writer that made it; reused.</summary>
    private sealed class Batch
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(SnapshotStreamWriter.FlushThreshold * 2);
        private readonly Utf8JsonWriter _json;

        public Batch() => _json = new Utf8JsonWriter(_buffer, SnapshotStreamWriter.WriterOptions(indented: false));

        public ReadOnlySpan<byte> Text => _buffer.WrittenSpan;

        public void Write<T, TDocument>(IReadOnlyList<T> items, int start, int end, Func<T, TDocument> toDocument)
        {
            var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TDocument>)SnapshotJsonOptions.Reading.GetTypeInfo(typeof(TDocument));
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);

            // Inside an array, so that the elements are separated as the document's writer separates them; the
            // bracket is dropped, and a batch after the first starts with the comma after the element before it.
            _json.WriteStartArray();
            _json.Flush();
            _buffer.ResetWrittenCount();
            if (start > 0)
            {
                _buffer.Write(","u8);
            }

            for (var i = start; i < end; i++)
            {
                JsonSerializer.Serialize(_json, toDocument(items[i]), info);
            }

            _json.Flush();
        }
    }
}
