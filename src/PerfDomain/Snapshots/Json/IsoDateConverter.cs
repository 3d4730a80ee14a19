using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads and writes dates as <c>uuuu-MM-dd</c>, as NodaTime's converter does, without a string
/// per date: a well-formed date of years 1 to 9999 is parsed from and written to UTF-8 bytes
/// directly; anything else goes to NodaTime's converter, so values and error messages are its own.
/// </summary>
internal sealed class IsoDateConverter : JsonConverter<LocalDate>
{
    private const int Length = 10;

    private static readonly JsonConverter<LocalDate> Noda = NodaConverters.LocalDateConverter;

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped && TryParse(reader.ValueSpan, out var date)
            ? date
            : Noda.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (value.Calendar != CalendarSystem.Iso || value.Year is < 1 or > 9999)
        {
            Noda.Write(writer, value, options);
            return;
        }

        Span<byte> text = stackalloc byte[Length];
        Digits(text[..4], value.Year);
        text[4] = (byte)'-';
        Digits(text[5..7], value.Month);
        text[7] = (byte)'-';
        Digits(text[8..], value.Day);
        writer.WriteStringValue(text);
    }

    private static bool TryParse(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !TryNumber(text[..4], out var year) || !TryNumber(text[5..7], out var month) || !TryNumber(text[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static void Digits(Span<byte> text, int value)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
