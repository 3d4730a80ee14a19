using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Serialization;

/// <summary>
/// Reads and writes an identifier as its bare text — <c>"e-018"</c>, not <c>{"Value":"e-018"}</c> — both as a
/// value and as a dictionary key. Every identifier type of PerfDomain names this converter in a
/// <see cref="JsonConverterAttribute"/>, so default <see cref="JsonSerializerOptions"/> use it.
/// </summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <remarks>
/// Reading accepts only a JSON string that is a valid identifier; anything else is a
/// <see cref="JsonException"/> that says why in plain words. Writing <c>default(TId)</c>, which is no
/// identifier, is a <see cref="JsonException"/> too. Stateless and thread-safe.
/// </remarks>
public sealed class EntityIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IEntityId<TId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a string, or not a valid identifier.</exception>
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Parse(reader.GetString()!)
            : throw new JsonException($"Expected {Words()} as a JSON string, found {EntityIdText.Describe(reader.TokenType)}.");

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default</c>, which is no identifier.</exception>
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(TextOf(value));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The property name is not a valid identifier.</exception>
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default</c>, which is no identifier.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(TextOf(value));
    }

    private static TId Parse(string text)
    {
        try
        {
            return TId.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    private static string TextOf(TId value) =>
        value.Value is { Length: > 0 } text
            ? text
            : throw new JsonException($"default({typeof(TId).Name}) is not {Words()} and has no JSON form.");

    private static string Words() => EntityIdText.WithArticle<TId>();
}
