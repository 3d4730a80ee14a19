using System.Globalization;

namespace PerfDomain.Policies.Decisions;

/// <summary>How reason sentences write counts of days and shares: the same whether written when the rule fires or when read.</summary>
internal static class ReasonPhrases
{
    /// <summary>A number of days (<c>1 day</c>, <c>3 days</c>).</summary>
    public static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");

    /// <summary>A fraction as a whole percentage (<c>49%</c>).</summary>
    public static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(fraction * 100):0}%");
}
