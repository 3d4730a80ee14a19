using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Reads and writes dates as <c>uuuu-MM-dd</c>, without a string per date, parsed from and written
/// to UTF-8 bytes directly. Reading accepts only dates of <see cref="OrganizationSnapshot.SupportedDates"/>
/// and refuses anything else in the format's words: a date of another shape, a month or day that
/// does not exist, a year out of range.
/// </summary>
internal sealed class IsoDateConverter : JsonConverter<LocalDate>
{
    /// <summary>The format's words for a date.</summary>
    public const string Expected = "a date like 2026-06-30 (year-month-day, with four, two and two digits)";

    private const int Length = 10;

    private static readonly JsonConverter<LocalDate> Noda = NodaConverters.LocalDateConverter;

    private static readonly int FirstYear = OrganizationSnapshot.SupportedDates.Start.Year;

    private static readonly int LastYear = OrganizationSnapshot.SupportedDates.End.Year;

    private static readonly string Range = $"a date between {OrganizationSnapshot.SupportedDates.Start:uuuu-MM-dd} and {OrganizationSnapshot.SupportedDates.End:uuuu-MM-dd}";

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return Parse(reader.ValueSpan);
        }

        // Escaped (\u0032026-…) or split across buffers: unescape first; a date is short.
        if (JsonTokens.Length(ref reader) > 2 * Length || !JsonTokens.TryGetString(ref reader, out var text))
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Found(ref reader));
        }

        return Parse(Encoding.UTF8.GetBytes(text));
    }

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

    private static LocalDate Parse(ReadOnlySpan<byte> text)
    {
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !TryNumber(text[..4], out var year) || !TryNumber(text[5..7], out var month) || !TryNumber(text[8..], out var day))
        {
            throw InvalidValueException.Expected(Expected, JsonTokens.Text(Encoding.UTF8.GetString(text)));
        }

        var shown = Encoding.UTF8.GetString(text);
        if (year < FirstYear || year > LastYear)
        {
            throw InvalidValueException.Expected(Range, shown);
        }

        if (month is < 1 or > 12)
        {
            throw new InvalidValueException($"{shown} is not a date: there is no month {month}.");
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            throw new InvalidValueException(day == 0
                ? $"{shown} is not a date: there is no day 0."
                : $"{shown} is not a date: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days.");
        }

        return new LocalDate(year, month, day);
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
