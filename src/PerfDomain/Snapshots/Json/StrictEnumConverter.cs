using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads and writes enum members as camelCase strings, and nothing else: no numbers, no unknown
/// names, so that a typo in a snapshot is an error that lists the accepted values.
/// </summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, JsonEncodedText> EncodedNameOf = ByName.ToDictionary(p => p.Value, p => JsonEncodedText.Encode(p.Key));

    private static readonly (byte[] Utf8, TEnum Member)[] Utf8Names = [.. ByName.Select(p => (System.Text.Encoding.UTF8.GetBytes(p.Key), p.Value))];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new InvalidValueException($"expected one of {Expected()} as a string, found {Describe(reader.TokenType)}.");
        }

        // Compared as UTF-8, so that reading a known value allocates nothing.
        foreach (var (utf8, member) in Utf8Names)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return member;
            }
        }

        if (!JsonTokens.TryGetString(ref reader, out var text))
        {
            throw new InvalidValueException($"expected one of {Expected()}, found {JsonTokens.Found(ref reader)}.");
        }

        return ByName.TryGetValue(text, out var value)
            ? value
            : throw new InvalidValueException($"{JsonTokens.Text(text)} is not a known value; expected one of {Expected()}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EncodedNameOf.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} is not a member of {typeof(TEnum).Name}."));

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string Expected() => string.Join(", ", ByName.Keys);
}
