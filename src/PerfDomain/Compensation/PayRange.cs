using Ardalis.GuardClauses;

namespace PerfDomain.Compensation;

/// <summary>
/// The pay range of a grade: the least, the midpoint (the market rate for the grade) and the most that someone in
/// the grade is paid, in one currency and for one period.
/// </summary>
/// <remarks>
/// An immutable value with value equality. The derived measures compare pay per year, so pay stated per month is
/// compared with a yearly range correctly: <see cref="CompaRatio"/> (pay ÷ midpoint), <see cref="RangePosition"/>
/// (where pay lies between minimum and maximum, 0 to 1) and <see cref="Quartile"/>.
/// </remarks>
public sealed record PayRange
{
    /// <summary>The largest amount a range or a pay may state: a trillion, far above any salary, so that sums over an organisation cannot overflow.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Initialises a pay range.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="currency">The currency of the amounts.</param>
    /// <param name="period">The period the amounts are stated for.</param>
    /// <param name="minimum">The least: above 0 and at most <see cref="MaxAmount"/>.</param>
    /// <param name="midpoint">The midpoint: from <paramref name="minimum"/> to <paramref name="maximum"/>.</param>
    /// <param name="maximum">The most: at most <see cref="MaxAmount"/>.</param>
    /// <exception cref="ArgumentException">An amount is not positive, too large, or out of order (minimum ≤ midpoint ≤ maximum); the grade is default or the period undefined.</exception>
    public PayRange(GradeId grade, CurrencyCode currency, PayPeriod period, decimal minimum, decimal midpoint, decimal maximum)
    {
        Grade = Guard.Against.DefaultId(grade);
        Currency = currency.Value is null ? throw new ArgumentException("The currency must be set; default(CurrencyCode) is not a currency.", nameof(currency)) : currency;
        Period = Guard.Against.EnumOutOfRange(period);
        Minimum = Amount(minimum);
        Midpoint = Amount(midpoint);
        Maximum = Amount(maximum);
        if (midpoint < minimum)
        {
            throw new ArgumentException($"The midpoint {midpoint} of grade '{grade}' is below its minimum {minimum}; a range has minimum ≤ midpoint ≤ maximum.", nameof(midpoint));
        }

        if (maximum < midpoint)
        {
            throw new ArgumentException($"The maximum {maximum} of grade '{grade}' is below its midpoint {midpoint}; a range has minimum ≤ midpoint ≤ maximum.", nameof(maximum));
        }
    }

    /// <summary>Gets the grade.</summary>
    public GradeId Grade { get; }

    /// <summary>Gets the currency of the amounts.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets the period the amounts are stated for.</summary>
    public PayPeriod Period { get; }

    /// <summary>Gets the least someone in the grade is paid.</summary>
    public decimal Minimum { get; }

    /// <summary>Gets the midpoint.</summary>
    public decimal Midpoint { get; }

    /// <summary>Gets the most someone in the grade is paid.</summary>
    public decimal Maximum { get; }

    /// <summary>Gets the compa-ratio of a pay: the pay divided by the midpoint, both per year (1 is paid at the midpoint).</summary>
    /// <param name="pay">The pay, in the range's currency.</param>
    /// <returns>The compa-ratio.</returns>
    /// <exception cref="DomainRuleViolationException">The pay is in another currency (<c>pay.currency</c>).</exception>
    public decimal CompaRatio(BasePay pay) => Annual(pay) / PayPeriods.Annualise(Midpoint, Period);

    /// <summary>
    /// Gets where a pay lies in the range: 0 at the minimum, 1 at the maximum, below 0 or above 1 outside the range
    /// (per year). In a range whose minimum is its maximum, a pay at or above it is at 1, one below at 0.
    /// </summary>
    /// <param name="pay">The pay, in the range's currency.</param>
    /// <returns>The position.</returns>
    /// <exception cref="DomainRuleViolationException">The pay is in another currency (<c>pay.currency</c>).</exception>
    public decimal RangePosition(BasePay pay)
    {
        var annual = Annual(pay);
        var minimum = PayPeriods.Annualise(Minimum, Period);
        var maximum = PayPeriods.Annualise(Maximum, Period);
        return maximum == minimum ? (annual >= maximum ? 1m : 0m) : (annual - minimum) / (maximum - minimum);
    }

    /// <summary>Gets the quartile of the range a pay lies in: 1 (the lowest quarter, or below the minimum) to 4 (the highest, or above the maximum).</summary>
    /// <param name="pay">The pay, in the range's currency.</param>
    /// <returns>The quartile, 1 to 4.</returns>
    /// <exception cref="DomainRuleViolationException">The pay is in another currency (<c>pay.currency</c>).</exception>
    public int Quartile(BasePay pay) => RangePosition(pay) switch
    {
        < 0.25m => 1,
        < 0.5m => 2,
        < 0.75m => 3,
        _ => 4,
    };

    /// <summary>Gets the range's maximum per year.</summary>
    public decimal AnnualMaximum => PayPeriods.Annualise(Maximum, Period);

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Grade}: {Minimum}–{Midpoint}–{Maximum} {Currency} {Period}");

    private decimal Annual(BasePay pay)
    {
        Guard.Against.Null(pay);
        if (pay.Currency != Currency)
        {
            throw new DomainRuleViolationException("pay.currency", $"Pay in {pay.Currency} cannot be compared with the range of grade '{Grade}', which is in {Currency}.");
        }

        return pay.AnnualAmount;
    }

    private static decimal Amount(decimal value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null) =>
        value > 0 && value <= MaxAmount
            ? value
            : throw new ArgumentOutOfRangeException(name, value, FormattableString.Invariant($"The {name} of a pay range is {value}; it must be above 0 and at most {MaxAmount:N0}."));
}
