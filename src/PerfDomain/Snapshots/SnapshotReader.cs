using Ardalis.GuardClauses;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Snapshots;

/// <summary>Reads snapshots from their versioned JSON form (see <c>docs/snapshot-format.md</c>).</summary>
/// <remarks>
/// <para>
/// Reading is strict: malformed JSON, an unknown member, an unknown enum value, a missing required
/// field, a value of the wrong kind or out of range, an impossible date or one outside
/// <see cref="OrganizationSnapshot.SupportedDates"/>, a rating off the scale, a broken domain rule or
/// a reference that does not resolve all stop the read with one <see cref="InvalidSnapshotException"/>
/// that gives the JSON path of the first problem (always a place the format has) and a reason in the
/// format's words (what was expected, what was found). Nothing is silently dropped, and no other
/// exception comes out for any content.
/// </para>
/// <para>
/// Reading streams: the input is read a buffer at a time, each element of a collection (an
/// employee, a review…) is checked as soon as it has been read, and the text is never held whole,
/// so a broken element fails at that element, after reading only that far. References between
/// elements (managers, cycles, employees of a review…) are checked once everything has been read.
/// Members may come in any order. A snapshot of another schema version is refused for its version
/// whatever else is wrong in it; when its <c>schemaVersion</c> comes after a problem (the writer
/// puts it first), the reader reads on to it without keeping anything. <see cref="SnapshotReaderOptions"/>
/// sets limits on size, counts and string length. Thread-safe.
/// </para>
/// </remarks>
public static class SnapshotReader
{
    /// <summary>Reads a snapshot from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The text is not a valid snapshot.</exception>
    public static OrganizationSnapshot Read(string json) => Read(json, SnapshotReaderOptions.Default);

    /// <summary>Reads a snapshot from JSON text, within limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits; <see cref="SnapshotReaderOptions.MaxBytes"/> counts the text's UTF-8 bytes.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The text is not a valid snapshot, or goes over a limit.</exception>
    public static OrganizationSnapshot Read(string json, SnapshotReaderOptions options)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(options);
        using var utf8 = new Utf8TextStream(json);
        return SnapshotJsonParser.Read(utf8, options);
    }

    /// <summary>Reads a snapshot from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to the end of the snapshot and left open.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot.</exception>
    public static OrganizationSnapshot Read(Stream utf8Json) => Read(utf8Json, SnapshotReaderOptions.Default);

    /// <summary>Reads a snapshot from a stream of UTF-8 JSON, within limits.</summary>
    /// <param name="utf8Json">The stream; read to the end of the snapshot (or until a problem or a limit stops the read) and left open.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot, or goes over a limit.</exception>
    public static OrganizationSnapshot Read(Stream utf8Json, SnapshotReaderOptions options)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(options);
        return SnapshotJsonParser.Read(utf8Json, options);
    }

    /// <summary>
    /// Reads a snapshot from a stream of UTF-8 JSON, within limits, reading the stream only
    /// asynchronously (as ASP.NET Core requires of a request body).
    /// </summary>
    /// <param name="utf8Json">The stream; read to the end of the snapshot (or until a problem or a limit stops the read) and left open.</param>
    /// <param name="options">The limits; <see langword="null"/> for <see cref="SnapshotReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot, or goes over a limit.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static ValueTask<OrganizationSnapshot> ReadAsync(Stream utf8Json, SnapshotReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        return SnapshotJsonParser.ReadAsync(utf8Json, options ?? SnapshotReaderOptions.Default, cancellationToken);
    }

    /// <summary>Reads a snapshot from a file of UTF-8 JSON.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static OrganizationSnapshot ReadFile(string path) => ReadFile(path, SnapshotReaderOptions.Default);

    /// <summary>Reads a snapshot from a file of UTF-8 JSON, within limits.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The limits.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidSnapshotException">The content is not a valid snapshot, or goes over a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static OrganizationSnapshot ReadFile(string path, SnapshotReaderOptions options)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(options);
        // The parser reads in large blocks of its own: no need for the file stream's buffer too.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        return SnapshotJsonParser.Read(stream, options);
    }
}
