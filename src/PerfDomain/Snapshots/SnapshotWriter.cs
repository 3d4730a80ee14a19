using System.Buffers;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Snapshots;

/// <summary>Writes snapshots in their versioned JSON form (see <c>docs/snapshot-format.md</c>).</summary>
/// <remarks>
/// The output is deterministic: the same snapshot always gives the same text, members in a fixed
/// order, collections in the snapshot's order, absent optional values left out. Writing to a
/// stream streams: each element is written as it comes and the bytes go to the stream every few
/// tens of kilobytes, so the whole text is never held in memory. Thread-safe.
/// </remarks>
public static class SnapshotWriter
{
    /// <summary>Writes a snapshot as indented JSON text.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(OrganizationSnapshot snapshot) => Write(snapshot, indented: true);

    /// <summary>Writes a snapshot as JSON text.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(OrganizationSnapshot snapshot, bool indented)
    {
        Guard.Against.Null(snapshot);
        var buffer = new ArrayBufferWriter<byte>(SnapshotStreamWriter.FlushThreshold * 2);
        using (var writer = new Utf8JsonWriter(buffer, SnapshotStreamWriter.WriterOptions(indented)))
        {
            foreach (var _ in SnapshotStreamWriter.Steps(snapshot, writer, buffer))
            {
                // Everything stays in the buffer: it becomes the text.
            }

            writer.Flush();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a snapshot as indented UTF-8 JSON to a stream.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    public static void Write(OrganizationSnapshot snapshot, Stream utf8Json) => Write(snapshot, utf8Json, indented: true);

    /// <summary>Writes a snapshot as UTF-8 JSON to a stream, an element at a time.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="utf8Json">The stream to write to; flushed, and left open.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    public static void Write(OrganizationSnapshot snapshot, Stream utf8Json, bool indented) => Write(snapshot, utf8Json, indented, parallel: false);

    /// <summary>Writes a snapshot to a stream, the elements of large collections made on every core when <paramref name="parallel"/> and the text is compact; the same text either way.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="parallel">Whether to make elements on the thread pool (compact text only).</param>
    internal static void Write(OrganizationSnapshot snapshot, Stream utf8Json, bool indented, bool parallel)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(utf8Json);
        var buffer = new ArrayBufferWriter<byte>(SnapshotStreamWriter.FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, SnapshotStreamWriter.WriterOptions(indented));
        foreach (var _ in SnapshotStreamWriter.Steps(snapshot, writer, buffer, parallel))
        {
            utf8Json.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }

        writer.Flush();
        utf8Json.Write(buffer.WrittenSpan);
        utf8Json.Flush();
    }

    /// <summary>
    /// Writes a snapshot as UTF-8 JSON to a stream, an element at a time, writing to the stream only
    /// asynchronously (as ASP.NET Core requires of a response body).
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="utf8Json">The stream to write to; flushed, and left open.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <param name="cancellationToken">Stops the write; what was written stays written.</param>
    /// <returns>A task that completes when the snapshot has been written and flushed.</returns>
    /// <exception cref="OperationCanceledException">The write was cancelled.</exception>
    public static async Task WriteAsync(OrganizationSnapshot snapshot, Stream utf8Json, bool indented = true, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(utf8Json);
        var buffer = new ArrayBufferWriter<byte>(SnapshotStreamWriter.FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, SnapshotStreamWriter.WriterOptions(indented));
        foreach (var _ in SnapshotStreamWriter.Steps(snapshot, writer, buffer))
        {
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }

        writer.Flush();
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
