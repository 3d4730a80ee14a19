using NodaTime;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// A phrase of a reason that depends on the as-of date ("3 days", "64%"): written when the reason is read, for the
/// explanation's <see cref="Explanation.AsOf"/>, so that a decision stays the same decision from one day to the next.
/// </summary>
/// <remarks>Made by <c>PolicyRule.DaysSince</c> and <c>PolicyRule.PercentElapsed</c>, and used inside <see cref="ReasonTemplate"/>.</remarks>
public abstract class AsOfPhrase
{
    private protected AsOfPhrase()
    {
    }

    /// <summary>Writes the phrase as of a date.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The phrase.</returns>
    public abstract string WriteAsOf(LocalDate asOf);
}
