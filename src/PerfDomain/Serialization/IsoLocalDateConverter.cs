using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PerfDomain.Serialization;

/// <summary>A <see cref="LocalDate"/> as NodaTime writes it (<c>"2026-06-30"</c>), constructible by a source-generated context.</summary>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly JsonConverter<LocalDate> Inner = (JsonConverter<LocalDate>)NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}
