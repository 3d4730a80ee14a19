using PerfDomain.Goals;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Goals;

public sealed class KeyResultTests
{
    private static readonly KeyResultId Id = new("kr-1");

    private static KeyResult Make(decimal start, decimal target, decimal current) => new(Id, "Metric", start, target, "u", current, null);

    [Theory]
    [InlineData(0, 10, 0, 0)]
    [InlineData(0, 10, 5, 0.5)]
    [InlineData(0, 10, 10, 1)]
    [InlineData(0, 10, 15, 1)]
    [InlineData(0, 10, -5, 0)]
    [InlineData(800, 200, 500, 0.5)]
    [InlineData(800, 200, 100, 1)]
    [InlineData(800, 200, 900, 0)]
    public void Progress_IsFractionOfDistanceClampedToZeroOne(double start, double target, double current, double expected)
    {
        Assert.Equal(expected, Make((decimal)start, (decimal)target, (decimal)current).Progress, 12);
    }

    [Fact]
    public void Constructor_StartEqualsTarget_Throws()
    {
        DomainAssert.Violates("goals.key-result-measurable", () => Make(3, 3, 3), "'kr-1'", "3 u");
    }

    [Fact]
    public void Constructor_KeepsValues()
    {
        var kr = new KeyResult(Id, "Metric", 1, 2, "u", 1.5m, D(2026, 2, 1));

        Assert.Equal((Id, "Metric", 1m, 2m, "u", 1.5m), (kr.Id, kr.Description, kr.Start, kr.Target, kr.Unit, kr.Current));
        Assert.Equal(D(2026, 2, 1), kr.LastUpdatedOn);
    }

    [Fact]
    public void Progress_ExtremeButAcceptedValues_IsClampedInsteadOfThrowing()
    {
        var kr = Make(decimal.MinValue / 2, decimal.MaxValue / 2, decimal.MaxValue);

        Assert.Equal(1, kr.Progress);
    }

    [Fact]
    public void ToString_ShowsCurrentTargetAndProgress()
    {
        var text = Make(0, 10, 5).ToString();

        Assert.StartsWith("kr-1: Metric (5/10 u, ", text, StringComparison.Ordinal);
        Assert.Contains("50", text, StringComparison.Ordinal);
    }
}
