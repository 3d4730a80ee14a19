using System.Text.Json.Serialization;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Source-generated metadata of the snapshot format's documents; the options, converters and member limits are
/// <see cref="SnapshotJsonOptions"/>'.
/// </summary>
[JsonSerializable(typeof(SnapshotDocument))]
[JsonSerializable(typeof(int?))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
