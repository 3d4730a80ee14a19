using PerfDomain.Goals;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests.Goals;

public sealed class GoalOwnerTests
{
    [Fact]
    public void Factories_SetLevelAndOnlyTheirOwnId()
    {
        Assert.Equal(GoalLevel.Organization, GoalOwner.Organization.Level);
        Assert.Null(GoalOwner.Organization.OrgUnitId);
        Assert.Null(GoalOwner.Organization.EmployeeId);
        Assert.Equal(GoalLevel.Team, GoalOwner.Team(Engineering).Level);
        Assert.Equal(Engineering, GoalOwner.Team(Engineering).OrgUnitId);
        Assert.Null(GoalOwner.Team(Engineering).EmployeeId);
        Assert.Equal(GoalLevel.Individual, GoalOwner.Individual(Alice).Level);
        Assert.Equal(Alice, GoalOwner.Individual(Alice).EmployeeId);
        Assert.Null(GoalOwner.Individual(Alice).OrgUnitId);
    }

    [Fact]
    public void Factories_DefaultIds_Throw()
    {
        DomainAssert.Argument<ArgumentException>("orgUnitId", () => GoalOwner.Team(default), "OrgUnitId");
        DomainAssert.Argument<ArgumentException>("employeeId", () => GoalOwner.Individual(default), "EmployeeId");
    }

    [Fact]
    public void Equality_IsStructural()
    {
        ValueContract.EqualityWithOperators(GoalOwner.Individual(Alice), GoalOwner.Individual(new("e-alice")), GoalOwner.Individual(Bob), GoalOwner.Team(new("e-alice")), GoalOwner.Organization);
        ValueContract.EqualityWithOperators(GoalOwner.Team(Engineering), GoalOwner.Team(new("u-eng")), GoalOwner.Team(Sales), GoalOwner.Organization);
    }

    [Fact]
    public void ToString_NamesLevelAndId()
    {
        Assert.Equal("organisation", GoalOwner.Organization.ToString());
        Assert.Equal("team u-eng", GoalOwner.Team(Engineering).ToString());
        Assert.Equal("employee e-alice", GoalOwner.Individual(Alice).ToString());
    }
}
