using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads a decimal number of the snapshot, refusing in the format's words anything that is not a
/// number, a number too large for a decimal, and (with a <see cref="NumberAttribute"/>) one
/// outside the member's range.
/// </summary>
internal sealed class NumberConverter : JsonConverter<decimal>
{
    public NumberConverter(decimal minimum = decimal.MinValue, decimal maximum = decimal.MaxValue)
    {
        Minimum = minimum;
        Maximum = maximum;
        Expected = minimum == decimal.MinValue && maximum == decimal.MaxValue
            ? "a number"
            : $"a number between {Count(minimum)} and {Count(maximum)}";
    }

    public decimal Minimum { get; }

    public decimal Maximum { get; }

    /// <summary>Gets the format's words for what the member holds.</summary>
    public string Expected { get; }

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader) + ", which is too large");
        }

        return value >= Minimum && value <= Maximum ? value : throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    private static string Count(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);
}
