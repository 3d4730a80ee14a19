using PerfDomain.Compensation;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Compensation;

public sealed class PayRangeTests
{
    private static readonly GradeId G5 = new("g-5");
    private static readonly CurrencyCode Eur = new("EUR");
    private static readonly PayRange Annual = new(G5, Eur, PayPeriod.Annual, 68_000m, 85_000m, 102_000m);

    private static BasePay Pay(decimal amount, PayPeriod period = PayPeriod.Annual, string currency = "EUR") => new(Jan1, amount, new CurrencyCode(currency), period, G5);

    [Theory]
    [InlineData(85_000, 1.0)]
    [InlineData(76_500, 0.9)]
    [InlineData(102_000, 1.2)]
    public void CompaRatio_IsPayOverMidpoint(int pay, double expected)
    {
        Assert.Equal((decimal)expected, Annual.CompaRatio(Pay(pay)));
    }

    [Theory]
    [InlineData(68_000, 0.0, 1)]
    [InlineData(76_499, 0.249970588235294117647058824, 1)]
    [InlineData(76_500, 0.25, 2)]
    [InlineData(85_000, 0.5, 3)]
    [InlineData(93_500, 0.75, 4)]
    [InlineData(102_000, 1.0, 4)]
    [InlineData(60_000, -0.235294117647058823529411765, 1)]
    [InlineData(110_000, 1.235294117647058823529411765, 4)]
    public void RangePositionAndQuartile_PlacePayBetweenMinimumAndMaximum(int pay, double position, int quartile)
    {
        Assert.Equal(Math.Round((decimal)position, 12), Math.Round(Annual.RangePosition(Pay(pay)), 12));
        Assert.Equal(quartile, Annual.Quartile(Pay(pay)));
    }

    [Fact]
    public void CompaRatio_MonthlyPayAgainstAMonthlyOrAnnualRange_ComparesPerYear()
    {
        var monthly = new PayRange(G5, Eur, PayPeriod.Monthly, 5_000m, 6_000m, 7_000m);

        Assert.Equal(1.1m, monthly.CompaRatio(Pay(79_200m)));
        Assert.Equal(1.1m, monthly.CompaRatio(Pay(6_600m, PayPeriod.Monthly)));
        Assert.Equal(0.5m, Math.Round(Annual.CompaRatio(Pay(42_500m / 2_080m, PayPeriod.Hourly)), 10));
        Assert.Equal(84_000m, monthly.AnnualMaximum);
    }

    [Fact]
    public void CompaRatio_PayInAnotherCurrency_IsRefused()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Annual.CompaRatio(Pay(85_000m, currency: "USD")));

        Assert.Equal("pay.currency", error.Rule);
        Assert.Equal("Pay in USD cannot be compared with the range of grade 'g-5', which is in EUR.", error.Message);
    }

    [Fact]
    public void Constructor_MidpointBelowMinimum_IsRefusedNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new PayRange(G5, Eur, PayPeriod.Annual, 70_000m, 69_000m, 90_000m));

        Assert.Equal("midpoint", error.ParamName);
        Assert.StartsWith("The midpoint 69000 of grade 'g-5' is below its minimum 70000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, 2, "minimum")]
    [InlineData(1, 2, -3, "maximum")]
    [InlineData(1, 3, 2, "maximum")]
    public void Constructor_AmountNotPositiveOrOutOfOrder_IsRefused(int minimum, int midpoint, int maximum, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new PayRange(G5, Eur, PayPeriod.Annual, minimum, midpoint, maximum));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Constructor_DefaultCurrency_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PayRange(G5, default, PayPeriod.Annual, 1m, 2m, 3m));

        Assert.Equal("currency", error.ParamName);
    }

    [Fact]
    public void RangePosition_RangeOfOneAmount_IsZeroBelowAndOneAtOrAbove()
    {
        var flat = new PayRange(G5, Eur, PayPeriod.Annual, 50_000m, 50_000m, 50_000m);

        Assert.Equal(0m, flat.RangePosition(Pay(49_999m)));
        Assert.Equal(1m, flat.RangePosition(Pay(50_000m)));
    }
}
