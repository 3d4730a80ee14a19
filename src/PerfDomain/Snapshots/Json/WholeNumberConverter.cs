using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads a whole number of the snapshot, refusing in the format's words a fraction, a number past
/// the range, and anything that is not a number; a <see cref="WholeNumberAttribute"/> sets the range.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public WholeNumberConverter(int minimum = int.MinValue, int maximum = int.MaxValue, string? meaning = null)
    {
        Minimum = minimum;
        Maximum = maximum;
        var range = (minimum, maximum) switch
        {
            (int.MinValue, int.MaxValue) => "a whole number",
            (_, int.MaxValue) => $"a whole number of at least {Count(minimum)}",
            _ => $"a whole number between {Count(minimum)} and {Count(maximum)}",
        };
        Expected = meaning is null ? range : $"{range} ({meaning})";
    }

    public int Minimum { get; }

    public int Maximum { get; }

    /// <summary>Gets the format's words for what the member holds.</summary>
    public string Expected { get; }

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value) || value < Minimum || value > Maximum)
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
