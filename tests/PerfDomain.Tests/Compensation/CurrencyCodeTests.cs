using PerfDomain.Compensation;

namespace PerfDomain.Tests.Compensation;

public sealed class CurrencyCodeTests
{
    [Theory]
    [InlineData("EUR")]
    [InlineData("USD")]
    [InlineData("JPY")]
    public void Constructor_CodeInCirculation_IsAccepted(string code)
    {
        Assert.Equal(code, new CurrencyCode(code).Value);
        Assert.True(CurrencyCode.IsActive(code));
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("XXX")]
    [InlineData("XAU")]
    [InlineData("")]
    public void Constructor_NotACurrencyInCirculation_IsRefused(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new CurrencyCode(code));

        Assert.Equal("code", error.ParamName);
        Assert.Contains("is not an ISO 4217 currency code", error.Message, StringComparison.Ordinal);
        Assert.False(CurrencyCode.IsActive(code));
    }

    [Fact]
    public void Equality_IsOrdinalOnTheCode()
    {
        Assert.Equal(new CurrencyCode("EUR"), new CurrencyCode("EUR"));
        Assert.NotEqual(new CurrencyCode("EUR"), new CurrencyCode("USD"));
        Assert.True(new CurrencyCode("EUR").CompareTo(new CurrencyCode("USD")) < 0);
        Assert.Equal(string.Empty, default(CurrencyCode).ToString());
    }
}
