using PerfDomain.Policies.Fairness;

namespace PerfDomain.Policies.Tests.Fairness;

public sealed class StatisticsTests
{
    // R 4.x: fisher.test(matrix(c(3, 1, 1, 3), nrow = 2)) — the "TeaTasting" example of ?fisher.test — p-value = 0.4857
    // (exactly 34/70 = 0.485714…).
    [Fact]
    public void FisherExact_TeaTasting_IsRsPValue() =>
        Assert.Equal(34.0 / 70.0, Statistics.FisherExactTwoSided(3, 1, 1, 3), 10);

    // Wikipedia, "Fisher's exact test", example: of 12 men 1 is dieting, of 12 women 9 are; the two-tailed p-value is
    // 0.002759 (R: fisher.test(matrix(c(1, 11, 9, 3), nrow = 2))$p.value = 0.002759456).
    [Fact]
    public void FisherExact_DietingExample_IsTheReferenceValue() =>
        Assert.Equal(0.002759456, Statistics.FisherExactTwoSided(1, 11, 9, 3), 8);

    // R: prop.test(c(48, 12), c(80, 40), correct = FALSE) gives X-squared = 9.6, p-value = 0.001946 (z = sqrt(9.6);
    // pchisq(9.6, 1, lower.tail = FALSE) = 0.0019457737).
    [Fact]
    public void TwoProportionZ_EeocExample_IsRsPropTest() =>
        Assert.Equal(0.0019457737, Statistics.TwoProportionZ(48, 80, 12, 40), 9);

    [Theory]
    [InlineData(48, 80, 12, 40, false)]
    [InlineData(3, 4, 1, 4, true)]
    [InlineData(1, 100, 0, 100, true)]
    public void NeedsExactTest_WhenAnExpectedCellIsBelowFive(int s1, int n1, int s2, int n2, bool expected) =>
        Assert.Equal(expected, Statistics.NeedsExactTest(s1, n1, s2, n2));

    [Fact]
    public void PValues_OfEqualRates_AreOne()
    {
        Assert.Equal(1.0, Statistics.FisherExactTwoSided(2, 3, 2, 3), 10);
        Assert.Equal(1.0, Statistics.TwoProportionZ(30, 60, 20, 40), 10);
        Assert.Equal(1.0, Statistics.TwoProportionZ(0, 60, 0, 40), 10);
    }
}
