using System.Text.Json;
using PerfDomain.Serialization;

namespace ReferenceHost.Data;

/// <summary>
/// The small lists stored in one column (stage windows, key results, progress notes…), in the
/// library's public JSON form: ids as bare strings, dates as ISO text, enums as camelCase names.
/// </summary>
internal static class JsonColumn
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, PerfDomainJson.Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, PerfDomainJson.Options) ?? throw new JsonException($"A JSON column holds null where {typeof(T).Name} was expected.");
}
