using System.Globalization;
using NodaTime;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Decisions;

/// <summary>How much of a period has elapsed by the as-of date, as a whole percentage: <c>64%</c>.</summary>
internal sealed class PercentElapsedPhrase(DateInterval period) : AsOfPhrase
{
    public override string WriteAsOf(LocalDate asOf) => ReasonPhrases.Percent(EvaluationDate.ElapsedFraction(asOf, period));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{{percent of {period.Start:uuuu-MM-dd}..{period.End:uuuu-MM-dd} elapsed}}");
}
