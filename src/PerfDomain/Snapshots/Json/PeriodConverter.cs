using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads and writes periods in NodaTime's round-trip ISO-8601 form (<c>P60D</c>), refusing in the
/// format's words what does not parse; what a period may be (positive, without time units) the
/// domain checks.
/// </summary>
internal sealed class PeriodConverter : JsonConverter<Period>
{
    /// <summary>The format's words for a period.</summary>
    public const string Expected = "a period such as P60D, P8W or P3M (a number of years, months, weeks or days)";

    private static readonly JsonConverter<Period> Noda = NodaConverters.RoundtripPeriodConverter;

    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || JsonTokens.Length(ref reader) > 64 || !JsonTokens.TryGetString(ref reader, out var text))
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        var result = PeriodPattern.Roundtrip.Parse(text);
        return result.Success ? result.Value : throw InvalidValueException.Expected(Expected, JsonTokens.Text(text));
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => Noda.Write(writer, value, options);
}
