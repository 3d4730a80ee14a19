using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Writes a snapshot through a <see cref="Utf8JsonWriter"/> one element at a time: each element's
/// JSON form is made, written and dropped, and the caller sends the buffered bytes on whenever
/// there are more than <see cref="FlushThreshold"/>, so neither the whole text nor the whole JSON
/// form is ever held. The text is the same, byte for byte, as serializing
/// <see cref="SnapshotDocumentWriter.ToDocument"/> at once.
/// </summary>
/// <remarks>
/// The writer writes to a buffer, never to the stream itself: <see cref="JsonSerializer"/> flushes
/// the writer after every value, which on a stream would be a synchronous write and flush per
/// element.
/// </remarks>
internal static class SnapshotStreamWriter
{
    /// <summary>How many bytes the writer may hold before they go to the output.</summary>
    public const int FlushThreshold = 32 * 1024;

    private static readonly JsonEncodedText SchemaVersion = JsonEncodedText.Encode("schemaVersion");

    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = SnapshotJsonOptions.Reading.Encoder,
        NewLine = "\n",
        MaxDepth = SnapshotJsonOptions.Reading.MaxDepth,
    };

    /// <summary>
    /// Writes the snapshot in steps: at each step the buffer holds at least <see cref="FlushThreshold"/>
    /// bytes, for the caller to send on (synchronously or not) and clear; the last bytes are left
    /// for the caller once the steps end.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="writer">The writer, writing to <paramref name="buffer"/>.</param>
    /// <param name="buffer">The buffer.</param>
    /// <param name="parallel">
    /// Whether the elements of large collections are made on the thread pool, a batch at a time (compact text
    /// only; see <see cref="ParallelElements"/>); the text is the same either way.
    /// </param>
    public static IEnumerable<bool> Steps(OrganizationSnapshot snapshot, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, bool parallel = false)
    {
        IElements elements = parallel && !writer.Options.Indented ? ParallelElements.Instance : Sequential.Instance;
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersion, OrganizationSnapshot.CurrentSchemaVersion);
        writer.WritePropertyName("organization"u8);
        JsonSerializer.Serialize(writer, SnapshotDocumentWriter.Organization(snapshot), Info<OrganizationDocument>());
        var collections = new[]
        {
            elements.Collection(writer, buffer, "orgUnits", snapshot.OrgUnits, SnapshotDocumentWriter.OrgUnit),
            elements.Collection(writer, buffer, "employees", snapshot.Employees, SnapshotDocumentWriter.Employee),
            elements.Collection(writer, buffer, "cycles", snapshot.Cycles, SnapshotDocumentWriter.Cycle),
            elements.Collection(writer, buffer, "cycleRecords", snapshot.CycleRecords, SnapshotDocumentWriter.CycleRecord),
            elements.Collection(writer, buffer, "objectives", SnapshotDocumentWriter.Objectives(snapshot), d => d),
            elements.Collection(writer, buffer, "checkIns", snapshot.CheckIns, SnapshotDocumentWriter.CheckIn),
            elements.Collection(writer, buffer, "feedbackNotes", snapshot.FeedbackNotes, SnapshotDocumentWriter.FeedbackNote),
            elements.Collection(writer, buffer, "reviews", snapshot.Reviews, SnapshotDocumentWriter.Review),
            elements.Collection(writer, buffer, "developmentPlans", snapshot.DevelopmentPlans, SnapshotDocumentWriter.DevelopmentPlan),
            elements.Collection(writer, buffer, "recognitions", snapshot.Recognitions, SnapshotDocumentWriter.Recognition),
            elements.Collection(writer, buffer, "improvementPlans", snapshot.ImprovementPlans, SnapshotDocumentWriter.ImprovementPlan),
            // The sections of version 2 only when they hold something, as SnapshotDocumentWriter.Optional leaves them out.
            snapshot.PayRanges.Count == 0 ? [] : elements.Collection(writer, buffer, "payRanges", snapshot.PayRanges, SnapshotDocumentWriter.PayRange),
            snapshot.Compensation.Count == 0 ? [] : elements.Collection(writer, buffer, "compensation", snapshot.Compensation, SnapshotDocumentWriter.Compensation),
            snapshot.PotentialAssessments.Count == 0 ? [] : elements.Collection(writer, buffer, "potentialAssessments", snapshot.PotentialAssessments, SnapshotDocumentWriter.PotentialAssessment),
        };
        foreach (var collection in collections)
        {
            foreach (var step in collection)
            {
                yield return step;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the elements of one collection.</summary>
    internal interface IElements
    {
        IEnumerable<bool> Collection<T, TDocument>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name, IEnumerable<T> items, Func<T, TDocument> toDocument);
    }

    /// <summary>One element after the other, each made, written and dropped.</summary>
    private sealed class Sequential : IElements
    {
        public static Sequential Instance { get; } = new();

        public IEnumerable<bool> Collection<T, TDocument>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, string name, IEnumerable<T> items, Func<T, TDocument> toDocument)
        {
            var info = Info<TDocument>();
            writer.WritePropertyName(name);
            writer.WriteStartArray();
            foreach (var item in items)
            {
                JsonSerializer.Serialize(writer, toDocument(item), info);
                // The serializer has flushed the writer into the buffer.
                if (buffer.WrittenCount >= FlushThreshold)
                {
                    yield return true;
                }
            }

            writer.WriteEndArray();
        }
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)SnapshotJsonOptions.Reading.GetTypeInfo(typeof(T));
}
