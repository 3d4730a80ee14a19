using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Cycles;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(CyclesArbitraries)], MaxTest = 300)]
public sealed class RatingScaleProperties
{
    [Property]
    public void MeetsOrAbove_IsMonotoneAndSwitchesAtThreshold(RatingScale scale)
    {
        var meets = Enumerable.Range(1, scale.Top).Select(scale.MeetsOrAbove).ToList();

        Assert.True(meets.Zip(meets.Skip(1)).All(p => !p.First || p.Second), "once a value meets, every higher value meets");
        Assert.Equal(scale.MeetsThreshold - 1, meets.Count(m => !m));
        Assert.True(scale.MeetsOrAbove(scale.Top));
    }

    [Property]
    public void Points_AreValuedOneToTopAndFoundByLabel(RatingScale scale)
    {
        Assert.Equal(Enumerable.Range(1, scale.Top), scale.Points.Select(p => p.Value));
        Assert.All(scale.Points, p => Assert.Same(p, scale[p.Value]));
        Assert.All(scale.Points, p => Assert.True(scale.TryFindLabel(p.Label.ToUpperInvariant(), out var found) && found == p));
        Assert.False(scale.Contains(0));
        Assert.False(scale.Contains(scale.Top + 1));
    }

    [Property]
    public void Equality_ScaleRebuiltFromItsLabels_IsEqualWithSameHash(RatingScale scale)
    {
        var copy = new RatingScale(scale.Points.Select(p => p.Label), scale.MeetsThreshold);

        Assert.Equal(scale, copy);
        Assert.Equal(scale.GetHashCode(), copy.GetHashCode());
        Assert.Equal(scale.ToString(), copy.ToString());
    }
}
