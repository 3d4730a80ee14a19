using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Snapshots.Json;

/// <summary>A converter of <typeparamref name="T"/> for a member of type <c>T?</c>: null is absent, anything else the inner converter's.</summary>
internal sealed class NullableConverter<T>(JsonConverter<T> inner) : JsonConverter<T?>
    where T : struct
{
    public JsonConverter<T> Inner => inner;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : inner.Read(ref reader, typeof(T), options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            inner.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
