using PerfDomain.Authoring.Example.Pack;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Authoring.Example.Tests;

public sealed class ParametersTests
{
    [Fact]
    public void Create_Defaults_PackCarriesItsNameVersionAndParameters()
    {
        var pack = EngineeringPromotionPack.Create();

        Assert.Equal("engineering-promotion 1.0.0 (2 rules)", pack.ToString());
        var parameters = Assert.IsType<EngineeringPromotionParameters>(Assert.Single(pack.Parameters));
        Assert.Equal(3, parameters.MinimumLevel);
        Assert.Equal(12, parameters.MinimumMonthsInRole);
        Assert.Empty(parameters.OrgUnits);
    }

    [Fact]
    public void Create_LevelZero_IsRefusedWithThePath()
    {
        var error = Assert.Throws<InvalidParametersException>(() => EngineeringPromotionPack.Create(new EngineeringPromotionParameters { MinimumLevel = 0 }));

        Assert.Equal("$.engineeringPromotion.minimumLevel", error.Path);
        Assert.Equal("$.engineeringPromotion.minimumLevel: is 0; levels start at 1.", error.Message);
    }
}
