using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Tests.Facts;

public sealed class FactFormatTests
{
    [Property(MaxTest = 500)]
    public Property IsoDate_AnyDate_IsWhatNodaTimesIsoPatternWrites()
    {
        var dates = Gen.Choose(-9998, 9999).SelectMany(y => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, 28).Select(d => new LocalDate(y, m, d))));
        return Prop.ForAll(dates.ToArbitrary(), date => FactFormat.IsoDate(date) == LocalDatePattern.Iso.Format(date));
    }

    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(2026, 12, 31, "2026-12-31")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void IsoDate_Examples(int year, int month, int day, string expected) =>
        Assert.Equal(expected, FactFormat.IsoDate(new LocalDate(year, month, day)));
}
