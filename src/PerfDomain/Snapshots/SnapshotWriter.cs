using System.Text.Json;
using Ardalis.GuardClauses;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Snapshots;

/// <summary>Writes snapshots in their versioned JSON form (see <c>docs/snapshot-format.md</c>).</summary>
/// <remarks>
/// The output is deterministic: the same snapshot always gives the same text, members in a fixed
/// order, collections in the snapshot's order, absent optional values left out. Thread-safe.
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
    public static string Write(OrganizationSnapshot snapshot, bool indented) =>
        JsonSerializer.Serialize(
            SnapshotDocumentWriter.ToDocument(Guard.Against.Null(snapshot)),
            indented ? SnapshotJsonOptions.Indented : SnapshotJsonOptions.Compact);

    /// <summary>Writes a snapshot as indented UTF-8 JSON to a stream.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    public static void Write(OrganizationSnapshot snapshot, Stream utf8Json) => Write(snapshot, utf8Json, indented: true);

    /// <summary>Writes a snapshot as UTF-8 JSON to a stream.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    public static void Write(OrganizationSnapshot snapshot, Stream utf8Json, bool indented)
    {
        Guard.Against.Null(utf8Json);
        JsonSerializer.Serialize(
            utf8Json,
            SnapshotDocumentWriter.ToDocument(Guard.Against.Null(snapshot)),
            indented ? SnapshotJsonOptions.Indented : SnapshotJsonOptions.Compact);
    }
}
