using PerfDomain.Cycles;
using PerfDomain.Tests.TestSupport;

namespace PerfDomain.Tests.Cycles;

public sealed class RatingPointTests
{
    [Fact]
    public void Equality_IsStructural()
    {
        ValueContract.EqualityWithOperators(new RatingPoint(2, "Meets"), new RatingPoint(2, "Meets"), new RatingPoint(3, "Meets"), new RatingPoint(2, "meets"));
    }

    [Fact]
    public void ToString_ShowsValueAndLabel()
    {
        Assert.Equal("2 (Meets)", new RatingPoint(2, "Meets").ToString());
    }
}
