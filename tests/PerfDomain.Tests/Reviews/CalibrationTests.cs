using PerfDomain.Reviews;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Reviews;

public sealed class CalibrationTests
{
    [Fact]
    public void ChangedRating_IsTrueOnlyWhenRatingsDiffer()
    {
        Assert.True(new Calibration(3, 4, Carol, "x", Jan1).ChangedRating);
        Assert.False(new Calibration(3, 3, Carol, null, Jan1).ChangedRating);
    }

    [Fact]
    public void Equality_IsStructural()
    {
        ValueContract.EqualityWithOperators(
            new Calibration(3, 4, Carol, "x", Jan1),
            new Calibration(3, 4, Carol, "x", Jan1),
            new Calibration(3, 4, Carol, "y", Jan1),
            new Calibration(3, 4, Dan, "x", Jan1),
            new Calibration(2, 4, Carol, "x", Jan1),
            new Calibration(3, 4, Carol, "x", Jan1.PlusDays(1)));
    }
}
