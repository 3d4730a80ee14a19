using PerfDomain.Employees;
using PerfDomain.Policies.Fairness;

namespace PerfDomain.Policies.Tests.Fairness;

public sealed class GroupLabelsTests
{
    [Fact]
    public void FromCsv_ReadsAttributesGroupsQuotesAndEmptyCells()
    {
        var labels = GroupLabels.FromCsv("employeeId,gender,ageBand\r\ne-1,woman,\"30, to 44\"\ne-2,,45 and over\n\n");

        Assert.Equal(["ageBand", "gender"], labels.Attributes);
        Assert.Equal("30, to 44", labels.GroupOf(new EmployeeId("e-1"), "ageBand"));
        Assert.Null(labels.GroupOf(new EmployeeId("e-2"), "gender"));
        Assert.Null(labels.GroupOf(new EmployeeId("e-3"), "gender"));
    }

    [Fact]
    public void FromJson_AndFromCsv_OfTheSameLabels_Agree()
    {
        var csv = GroupLabels.FromCsv("employeeId,team\ne-1,a\ne-2,b\n");
        var json = GroupLabels.FromJson("""{ "e-1": { "team": "a" }, "e-2": { "team": "b" } }""");

        Assert.Equal(csv.Attributes, json.Attributes);
        Assert.Equal(csv.Employees.Order().Select(e => csv.GroupOf(e, "team")), json.Employees.Order().Select(e => json.GroupOf(e, "team")));
    }

    [Theory]
    [InlineData("id,gender\ne-1,w\n", "line 1", "expected a header 'employeeId' then one column per attribute, found 'id,gender'.")]
    [InlineData("employeeId,g,g\n", "line 1, column 3", "the attribute 'g' appears twice.")]
    [InlineData("employeeId,g\ne-1,w,x\n", "line 2", "has 3 fields; the header has 2.")]
    [InlineData("employeeId,g\ne-1,w\ne-1,m\n", "line 3, column 1", "the employee 'e-1' appears twice.")]
    [InlineData("employeeId,g\n,w\n", "line 2, column 1", "'' is not an employee id.")]
    [InlineData("employeeId,g\ne-1,\"w\n", "line 2", "a quoted field is not closed.")]
    public void FromCsv_BadText_NamesTheLineAndColumn(string csv, string location, string reason)
    {
        var error = Assert.Throws<InvalidGroupLabelsException>(() => GroupLabels.FromCsv(csv));

        Assert.Equal((location, reason), (error.Location, error.Reason));
    }

    [Theory]
    [InlineData("[]", "$", "expected an object of employee ids, found array.")]
    [InlineData("""{ "e-1": "w" }""", "$['e-1']", "expected an object of attribute to group, found string.")]
    [InlineData("""{ "e-1": { "g": 3 } }""", "$['e-1']['g']", "expected a group's name as a non-empty string, found 3.")]
    public void FromJson_BadText_NamesThePath(string json, string location, string reason)
    {
        var error = Assert.Throws<InvalidGroupLabelsException>(() => GroupLabels.FromJson(json));

        Assert.Equal((location, reason), (error.Location, error.Reason));
    }
}
