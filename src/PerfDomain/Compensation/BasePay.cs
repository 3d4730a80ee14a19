using Ardalis.GuardClauses;
using NodaTime;

namespace PerfDomain.Compensation;

/// <summary>An employee's base pay from a day on: the amount, its currency and period, and the grade it is paid in.</summary>
/// <remarks>An immutable value with value equality.</remarks>
public sealed record BasePay
{
    /// <summary>Initialises a base pay.</summary>
    /// <param name="effectiveOn">The first day it is paid.</param>
    /// <param name="amount">The amount per <paramref name="period"/>: above 0 and at most <see cref="PayRange.MaxAmount"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="period">The period the amount is for.</param>
    /// <param name="grade">The grade, whose range the pay is compared with.</param>
    /// <exception cref="ArgumentException">The amount is not positive or too large, the currency or grade default, or the period undefined.</exception>
    public BasePay(LocalDate effectiveOn, decimal amount, CurrencyCode currency, PayPeriod period, GradeId grade)
    {
        EffectiveOn = effectiveOn;
        Amount = amount > 0 && amount <= PayRange.MaxAmount
            ? amount
            : throw new ArgumentOutOfRangeException(nameof(amount), amount, FormattableString.Invariant($"A base pay of {amount} is not an amount of pay; it must be above 0 and at most {PayRange.MaxAmount:N0}."));
        Currency = currency.Value is null ? throw new ArgumentException("The currency must be set; default(CurrencyCode) is not a currency.", nameof(currency)) : currency;
        Period = Guard.Against.EnumOutOfRange(period);
        Grade = Guard.Against.DefaultId(grade);
    }

    /// <summary>Gets the first day it is paid.</summary>
    public LocalDate EffectiveOn { get; }

    /// <summary>Gets the amount per <see cref="Period"/>.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets the period the amount is for.</summary>
    public PayPeriod Period { get; }

    /// <summary>Gets the grade.</summary>
    public GradeId Grade { get; }

    /// <summary>Gets the amount per year.</summary>
    public decimal AnnualAmount => PayPeriods.Annualise(Amount, Period);

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Amount} {Currency} {Period} in {Grade} from {EffectiveOn:uuuu-MM-dd}");
}
