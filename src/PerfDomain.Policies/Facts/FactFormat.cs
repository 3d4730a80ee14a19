using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace PerfDomain.Policies.Facts;

/// <summary>Formats fact values for explanations, in invariant culture.</summary>
internal static class FactFormat
{
    public static string Of(object? value) => value switch
    {
        null => "none",
        LocalDate date => IsoDate(date),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Formats a date as uuuu-MM-dd, as <c>LocalDatePattern.Iso</c> does, without its builder: explanations format dates by the hundred thousand.</summary>
    public static string IsoDate(LocalDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            return LocalDatePattern.Iso.Format(date);
        }

        return string.Create(10, date, static (span, d) =>
        {
            Digits(span[..4], d.Year);
            span[4] = '-';
            Digits(span.Slice(5, 2), d.Month);
            span[7] = '-';
            Digits(span.Slice(8, 2), d.Day);
        });

        static void Digits(Span<char> span, int value)
        {
            for (var i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }

    public static IReadOnlyDictionary<string, string> Values(params (string Name, object? Value)[] values)
    {
        var names = new string[values.Length];
        var formatted = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = values[i].Name;
            formatted[i] = Of(values[i].Value);
        }

        return new SortedValues(names, formatted);
    }
}
