using PerfDomain.Compensation;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Compensation;

public sealed class CompensationHistoryTests
{
    private static readonly GradeId G4 = new("g-4");
    private static readonly GradeId G5 = new("g-5");
    private static readonly CurrencyCode Eur = new("EUR");

    [Fact]
    public void PayOn_GivesTheLatestPayEffectiveOnOrBeforeTheDay()
    {
        var history = new CompensationHistory(Alice, [new(D(2024, 1, 1), 60_000m, Eur, PayPeriod.Annual, G4), new(D(2025, 4, 1), 5_500m, Eur, PayPeriod.Monthly, G5)]);

        Assert.Null(history.PayOn(D(2023, 12, 31)));
        Assert.Equal(60_000m, history.PayOn(D(2025, 3, 31))!.Amount);
        Assert.Equal(G5, history.PayOn(D(2025, 4, 1))!.Grade);
        Assert.Equal(66_000m, history.PayOn(D(2026, 1, 1))!.AnnualAmount);
    }

    [Fact]
    public void Constructor_PayNotLaterThanTheOneBefore_IsRefused()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => new CompensationHistory(
            Alice, [new(D(2024, 1, 1), 60_000m, Eur, PayPeriod.Annual, G4), new(D(2024, 1, 1), 61_000m, Eur, PayPeriod.Annual, G4)]));

        Assert.Equal("compensation.date-order", error.Rule);
    }

    [Fact]
    public void Constructor_NoPay_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new CompensationHistory(Alice, []));

        Assert.Equal("basePay", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void BasePay_AmountNotPositive_IsRefused(int amount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BasePay(Jan1, amount, Eur, PayPeriod.Annual, G4));

        Assert.Equal("amount", error.ParamName);
    }

    [Theory]
    [InlineData(PayPeriod.Annual, 1)]
    [InlineData(PayPeriod.Monthly, 12)]
    [InlineData(PayPeriod.SemiMonthly, 24)]
    [InlineData(PayPeriod.BiWeekly, 26)]
    [InlineData(PayPeriod.Weekly, 52)]
    [InlineData(PayPeriod.Hourly, 2_080)]
    public void PerYear_IsThePeriodsOfAYear(PayPeriod period, int perYear)
    {
        Assert.Equal(perYear, period.PerYear());
        Assert.Equal(perYear * 10m, PayPeriods.Annualise(10m, period));
    }
}
