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
        LocalDate date => LocalDatePattern.Iso.Format(date),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

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
