using System.Globalization;
using NodaTime;

namespace PerfDomain.Policies.Decisions;

/// <summary>The days from a date to the as-of date: <c>1 day</c>, <c>12 days</c>.</summary>
internal sealed class DaysSincePhrase(LocalDate since) : AsOfPhrase
{
    public override string WriteAsOf(LocalDate asOf) => ReasonPhrases.Days(Period.DaysBetween(since, asOf));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{{days since {since:uuuu-MM-dd}}}");
}
