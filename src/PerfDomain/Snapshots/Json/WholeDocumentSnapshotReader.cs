using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// The reader as it was before it streamed: the whole input in memory, the whole document
/// deserialized at once, then assembled. Kept as the baseline of the reading benchmarks and of
/// the tests that the streaming reader reports the same problems; not used by the library.
/// </summary>
internal static class WholeDocumentSnapshotReader
{
    public static OrganizationSnapshot Read(Stream utf8Json)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static OrganizationSnapshot Read(ReadOnlySpan<byte> utf8)
    {
        RequireSupportedVersion(utf8);
        SnapshotDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, (JsonTypeInfo<SnapshotDocument>)SnapshotJsonOptions.Reading.GetTypeInfo(typeof(SnapshotDocument)));
        }
        catch (JsonException ex)
        {
            throw JsonErrors.Translate(ex, "$", default, utf8);
        }

        return SnapshotAssembler.Assemble(document ?? throw SnapshotPath.Root.Error("the snapshot is null; expected an object."));
    }

    private static void RequireSupportedVersion(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                if (!reader.Read())
                {
                    return;
                }

                if (isVersion && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version))
                {
                    SnapshotAssembler.RequireSupportedVersion(version);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported, with its position, by the full read that follows.
        }
    }
}
