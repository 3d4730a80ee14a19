using PerfDomain.Cycles;
using PerfDomain.Tests.TestSupport;

namespace PerfDomain.Tests.Cycles;

public sealed class RatingScaleTests
{
    [Fact]
    public void Constructor_Labels_ValuesPointsFromOne()
    {
        var scale = new RatingScale(["Low", "Mid", "High", "Top"], 2);

        Assert.Equal([new RatingPoint(1, "Low"), new RatingPoint(2, "Mid"), new RatingPoint(3, "High"), new RatingPoint(4, "Top")], scale.Points);
        Assert.Equal(4, scale.Top);
        Assert.Equal(2, scale.MeetsThreshold);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void Constructor_PointCountAtBounds_IsAccepted(int count)
    {
        Assert.Equal(count, new RatingScale(Labels(count), 1).Top);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    [InlineData(0)]
    public void Constructor_PointCountOutOfBounds_ThrowsNamingCount(int count)
    {
        DomainAssert.Argument<ArgumentException>("labels", () => new RatingScale(Labels(count), 1), "2 to 10", $"{count} labels");
    }

    [Fact]
    public void Constructor_RepeatedLabel_ThrowsNamingIt()
    {
        DomainAssert.Argument<ArgumentException>("labels", () => new RatingScale(["Low", "High", "Low"], 1), "'Low'", "more than once");
    }

    [Fact]
    public void Constructor_LabelsDifferingOnlyInCase_Throws()
    {
        DomainAssert.Argument<ArgumentException>("labels", () => new RatingScale(["Good", "good"], 1), "'good'");
    }

    [Fact]
    public void Constructor_BlankLabel_ThrowsNamingItsIndex()
    {
        DomainAssert.Argument<ArgumentException>("labels[1]", () => new RatingScale(["Low", " ", "High"], 1));
    }

    [Fact]
    public void Constructor_NullLabel_ThrowsNamingItsIndex()
    {
        DomainAssert.Argument<ArgumentNullException>("labels[0]", () => new RatingScale([null!, "High"], 1));
    }

    [Fact]
    public void Constructor_LabelOf100_IsAcceptedAnd101_Throws()
    {
        Assert.Equal(100, new RatingScale([new string('a', 100), "b"], 1)[1].Label.Length);
        DomainAssert.Argument<ArgumentException>("labels[0]", () => new RatingScale([new string('a', 101), "b"], 1), "100", "101");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Constructor_ThresholdOnScale_IsAccepted(int threshold)
    {
        Assert.Equal(threshold, new RatingScale(Labels(3), threshold).MeetsThreshold);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Constructor_ThresholdOffScale_ThrowsArgumentOutOfRange(int threshold)
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("meetsThreshold", () => new RatingScale(Labels(3), threshold));
    }

    [Fact]
    public void Constructor_NullLabels_Throws()
    {
        DomainAssert.Argument<ArgumentNullException>("labels", () => new RatingScale(null!, 1));
    }

    [Fact]
    public void StandardScales_HaveDocumentedShapes()
    {
        Assert.Equal((3, 2), (RatingScale.ThreePoint.Top, RatingScale.ThreePoint.MeetsThreshold));
        Assert.Equal((4, 3), (RatingScale.FourPoint.Top, RatingScale.FourPoint.MeetsThreshold));
        Assert.Equal((5, 3), (RatingScale.FivePoint.Top, RatingScale.FivePoint.MeetsThreshold));
        Assert.Equal("Meets expectations", RatingScale.FivePoint[3].Label);
    }

    [Fact]
    public void Contains_IsTrueExactlyFromOneToTop()
    {
        var scale = RatingScale.ThreePoint;

        Assert.Equal([false, true, true, true, false], new[] { 0, 1, 2, 3, 4 }.Select(scale.Contains));
    }

    [Fact]
    public void MeetsOrAbove_ThresholdAndAbove_AreTrue()
    {
        var scale = RatingScale.FivePoint;

        Assert.Equal([false, false, true, true, true], Enumerable.Range(1, 5).Select(scale.MeetsOrAbove));
    }

    [Fact]
    public void MeetsOrAbove_OffScale_ThrowsNamingValueAndRange()
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("value", () => RatingScale.ThreePoint.MeetsOrAbove(4), "Rating 4", "1 to 3");
    }

    [Fact]
    public void Indexer_OffScale_Throws()
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("value", () => _ = RatingScale.ThreePoint[0], "Rating 0");
    }

    [Fact]
    public void Require_WithParameterName_UsesIt()
    {
        Assert.Equal(2, RatingScale.ThreePoint.Require(2, "rating"));
        DomainAssert.Argument<ArgumentOutOfRangeException>("rating", () => RatingScale.ThreePoint.Require(-1, "rating"), "Rating -1", "2 Meets expectations*");
    }

    [Fact]
    public void TryFindLabel_IsCaseInsensitive()
    {
        Assert.True(RatingScale.ThreePoint.TryFindLabel("meets EXPECTATIONS", out var point));
        Assert.Equal(new RatingPoint(2, "Meets expectations"), point);
        Assert.False(RatingScale.ThreePoint.TryFindLabel("Outstanding", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Equality_SamePointsAndThreshold_AreEqual()
    {
        ValueContract.Equality(
            new RatingScale(["A", "B", "C"], 2),
            new RatingScale(["A", "B", "C"], 2),
            new RatingScale(["A", "B", "C"], 3),
            new RatingScale(["A", "B", "D"], 2),
            new RatingScale(["A", "B"], 2),
            new RatingScale(["a", "B", "C"], 2));
        Assert.False(RatingScale.ThreePoint.Equals(null));
    }

    [Fact]
    public void ToString_ListsPointsAndMarksThreshold()
    {
        Assert.Equal("1 Below expectations | 2 Meets expectations* | 3 Exceeds expectations", RatingScale.ThreePoint.ToString());
    }

    private static string[] Labels(int count) => Enumerable.Range(1, count).Select(i => $"L{i}").ToArray();
}
