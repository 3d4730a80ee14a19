using NodaTime;
using NRules.RuleModel;
using PerfDomain.Compensation;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>An employee's base pay on the as-of date, set against the range of its grade, every amount per year.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Grade">The grade the pay is in.</param>
/// <param name="Currency">The currency.</param>
/// <param name="AnnualPay">The base pay per year.</param>
/// <param name="RangeMinimum">The grade's minimum per year.</param>
/// <param name="RangeMidpoint">The grade's midpoint per year.</param>
/// <param name="RangeMaximum">The grade's maximum per year.</param>
/// <param name="CompaRatio">The pay divided by the midpoint.</param>
/// <param name="RangePosition">Where the pay lies between minimum (0) and maximum (1).</param>
/// <param name="Quartile">The quartile of the range the pay lies in, 1 to 4.</param>
/// <param name="PaySince">The day the pay took effect.</param>
/// <remarks>Only employees with a pay on the as-of date have this fact: packs that need pay skip the others. Identity is <see cref="EmployeeId"/> (apart from the employee fact's).</remarks>
public sealed record CompensationFact(
    EmployeeId EmployeeId,
    GradeId Grade,
    CurrencyCode Currency,
    decimal AnnualPay,
    decimal RangeMinimum,
    decimal RangeMidpoint,
    decimal RangeMaximum,
    decimal CompaRatio,
    decimal RangePosition,
    int Quartile,
    LocalDate PaySince) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets the fact of a pay and its range.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="pay">The pay on the as-of date.</param>
    /// <param name="range">The range of its grade.</param>
    /// <returns>The fact.</returns>
    public static CompensationFact Of(EmployeeId employeeId, BasePay pay, PayRange range)
    {
        ArgumentNullException.ThrowIfNull(pay);
        ArgumentNullException.ThrowIfNull(range);
        return new(
            employeeId,
            pay.Grade,
            pay.Currency,
            pay.AnnualAmount,
            PayPeriods.Annualise(range.Minimum, range.Period),
            PayPeriods.Annualise(range.Midpoint, range.Period),
            range.AnnualMaximum,
            range.CompaRatio(pay),
            range.RangePosition(pay),
            range.Quartile(pay),
            pay.EffectiveOn);
    }

    /// <inheritdoc/>
    public object GetIdentity() => (nameof(CompensationFact), EmployeeId);

    /// <inheritdoc/>
    public FactReference Describe() => new("Compensation", EmployeeId.Value, FactFormat.Values(
        ("grade", Grade.Value),
        ("currency", Currency.Value),
        ("annualPay", AnnualPay),
        ("rangeMaximum", RangeMaximum),
        ("compaRatio", Math.Round(CompaRatio, 3)),
        ("quartile", Quartile),
        ("paySince", PaySince)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Compensation e-017 (annualPay=…, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
