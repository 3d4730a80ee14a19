using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Employees;
using PerfDomain.Goals;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(EmployeesArbitraries)], MaxTest = 300)]
public sealed class EntityIdProperties
{
    [Property]
    public void Create_AnyValidText_RoundTripsThroughValueAndToString(IdText text)
    {
        var id = EmployeeId.Create(text.Value);

        Assert.Equal(text.Value, id.Value);
        Assert.Equal(text.Value, id.ToString());
        Assert.Equal(id, new EmployeeId(id.ToString()));
    }

    [Property]
    public void CompareTo_AgreesWithOrdinalAndWithEquality(IdText a, IdText b)
    {
        var x = ObjectiveId.Create(a.Value);
        var y = ObjectiveId.Create(b.Value);

        Assert.Equal(Math.Sign(string.CompareOrdinal(a.Value, b.Value)), Math.Sign(x.CompareTo(y)));
        Assert.Equal(-Math.Sign(x.CompareTo(y)), Math.Sign(y.CompareTo(x)));
        Assert.Equal(x.CompareTo(y) == 0, x == y);
        if (x == y)
        {
            Assert.Equal(x.GetHashCode(), y.GetHashCode());
        }
    }
}
