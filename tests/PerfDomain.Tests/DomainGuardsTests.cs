using Ardalis.GuardClauses;
using PerfDomain.Employees;
using PerfDomain.Tests.TestSupport;
using static PerfDomain.Tests.TestSupport.TestData;

namespace PerfDomain.Tests;

public sealed class DomainGuardsTests
{
    [Fact]
    public void InvalidIdentifier_Valid_ReturnsValue()
    {
        Assert.Equal("x", Guard.Against.InvalidIdentifier("x", "Thing"));
    }

    [Fact]
    public void InvalidIdentifier_Blank_UsesCallerExpressionAsParameterName()
    {
        string? candidate = " ";

        DomainAssert.Argument<ArgumentException>("candidate", () => Guard.Against.InvalidIdentifier(candidate, "Thing"), "A Thing must not be blank.");
    }

    [Fact]
    public void InvalidIdentifier_TooLong_ShowsPrefixAndLength()
    {
        var candidate = new string('a', 10) + new string('b', 300);

        DomainAssert.Argument<ArgumentException>("candidate", () => Guard.Against.InvalidIdentifier(candidate, "Thing"), "at most 200", "'aaaaaaaaaabbbbbbbbbb…' has 310");
    }

    [Fact]
    public void DefaultId_Set_ReturnsIdAndDefault_Throws()
    {
        EmployeeId someone = Alice;
        EmployeeId nobody = default;

        Assert.Equal(Alice, Guard.Against.DefaultId(someone));
        DomainAssert.Argument<ArgumentException>("nobody", () => Guard.Against.DefaultId(nobody), "The EmployeeId must be set; default(EmployeeId) is not an identifier.");
    }

    [Fact]
    public void DefaultId_Optional_NullAndSetPassButDefaultThrows()
    {
        EmployeeId? none = null;
        EmployeeId? someone = Alice;
        EmployeeId? unset = default(EmployeeId);

        Assert.Null(Guard.Against.DefaultId(none));
        Assert.Equal(Alice, Guard.Against.DefaultId(someone));
        DomainAssert.Argument<ArgumentException>("unset", () => Guard.Against.DefaultId(unset), "default(EmployeeId)");
    }

    [Fact]
    public void DateBefore_SameOrLater_ReturnsValue()
    {
        var due = D(2026, 3, 1);

        Assert.Equal(due, Guard.Against.DateBefore(due, D(2026, 3, 1), "start"));
        Assert.Equal(due, Guard.Against.DateBefore(due, D(2026, 2, 28), "start"));
    }

    [Fact]
    public void DateBefore_Earlier_ThrowsNamingBothDates()
    {
        var due = D(2026, 2, 27);

        var ex = DomainAssert.Argument<ArgumentOutOfRangeException>("due", () => Guard.Against.DateBefore(due, D(2026, 2, 28), "start"), "due (2026-02-27) must not be before start (2026-02-28).");
        Assert.Equal(due, ex.ActualValue);
    }

    [Fact]
    public void InvalidText_AtMax_ReturnsValue()
    {
        Assert.Equal("abc", Guard.Against.InvalidText("abc", 3));
    }

    [Fact]
    public void InvalidText_OverMax_ThrowsNamingLengths()
    {
        var text = "abcd";

        DomainAssert.Argument<ArgumentException>("text", () => Guard.Against.InvalidText(text, 3), "text must be at most 3 characters long; it has 4.");
    }

    [Fact]
    public void InvalidText_NullOrBlank_Throws()
    {
        string? text = null;
        var blank = "\t";

        DomainAssert.Argument<ArgumentNullException>("text", () => Guard.Against.InvalidText(text, 3));
        DomainAssert.Argument<ArgumentException>("blank", () => Guard.Against.InvalidText(blank, 3));
    }
}
