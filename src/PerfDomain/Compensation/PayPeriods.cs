using Ardalis.GuardClauses;

namespace PerfDomain.Compensation;

/// <summary>Converts pay between periods.</summary>
public static class PayPeriods
{
    /// <summary>Gets how many of a period make a year (<see cref="PayPeriod.Monthly"/>: 12).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The periods per year.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a defined period.</exception>
    public static int PerYear(this PayPeriod period) => Guard.Against.EnumOutOfRange(period) switch
    {
        PayPeriod.Annual => 1,
        PayPeriod.Monthly => 12,
        PayPeriod.SemiMonthly => 24,
        PayPeriod.BiWeekly => 26,
        PayPeriod.Weekly => 52,
        _ => 2_080,
    };

    /// <summary>Gets an amount of a period as an amount per year.</summary>
    /// <param name="amount">The amount per <paramref name="period"/>.</param>
    /// <param name="period">The period.</param>
    /// <returns>The amount per year.</returns>
    public static decimal Annualise(decimal amount, PayPeriod period) => amount * period.PerYear();
}
