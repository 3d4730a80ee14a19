using PerfDomain.Employees;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Employees;

public sealed class OrgUnitTests
{
    [Fact]
    public void Constructor_WithParent_KeepsValues()
    {
        var unit = new OrgUnit(Engineering, "Engineering", Sales);

        Assert.Equal(Engineering, unit.Id);
        Assert.Equal("Engineering", unit.Name);
        Assert.Equal(Sales, unit.ParentId);
        Assert.Null(new OrgUnit(Sales, "Sales").ParentId);
    }

    [Fact]
    public void Constructor_OwnParent_ThrowsNamingTheUnit()
    {
        DomainAssert.Argument<ArgumentException>("parentId", () => new OrgUnit(Engineering, "Engineering", Engineering), "'u-eng'");
    }

    [Fact]
    public void Constructor_DefaultId_Throws()
    {
        DomainAssert.Argument<ArgumentException>("id", () => new OrgUnit(default, "Engineering"), "OrgUnitId");
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        DomainAssert.Argument<ArgumentException>("name", () => new OrgUnit(Engineering, "  "));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        ValueContract.EqualityWithOperators(
            new OrgUnit(Engineering, "Engineering", Sales),
            new OrgUnit(Engineering, "Engineering", Sales),
            new OrgUnit(Engineering, "Engineering"),
            new OrgUnit(Engineering, "Eng", Sales),
            new OrgUnit(Sales, "Engineering"));
    }
}
