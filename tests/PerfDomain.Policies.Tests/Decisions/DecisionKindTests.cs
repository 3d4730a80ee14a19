using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Tests.Decisions;

public sealed class DecisionKindTests
{
    [Fact]
    public void WellKnownKinds_AreTheBuiltInOnesInLifecycleOrder_WithTheirFormatNames()
    {
        var kinds = DecisionKind.WellKnownKinds;

        Assert.Equal(24, kinds.Count);
        Assert.Equal("checkInDue", kinds[0].Name);
        Assert.Equal("reintegrationCheckInRecommended", kinds[19].Name);
        Assert.Equal(["meritIncreaseRecommended", "bonusEligible", "bonusNotEligible", "retentionConversationRecommended"], kinds.Skip(20).Select(k => k.Name));
        Assert.All(kinds, k => Assert.True(k.IsWellKnown));
        Assert.Equal(kinds, kinds.Order());
        Assert.Equal(kinds.Count, kinds.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Custom_WellKnownName_IsTheWellKnownKind()
    {
        Assert.Same(DecisionKind.CheckInOverdue, DecisionKind.Custom("checkInOverdue"));
    }

    [Fact]
    public void Custom_NewName_IsAnEqualKindThatIsNotWellKnown()
    {
        var mentor = DecisionKind.Custom("acme.mentorAssigned");

        Assert.Equal(DecisionKind.Custom("acme.mentorAssigned"), mentor);
        Assert.True(mentor == DecisionKind.Custom("acme.mentorAssigned"));
        Assert.False(mentor.IsWellKnown);
        Assert.Equal("acme.mentorAssigned", mentor.ToString());
        Assert.NotEqual(DecisionKind.TrainingRecommended, mentor);
    }

    [Fact]
    public void Order_CustomKindsComeAfterEveryWellKnownOne_ByName()
    {
        var zeta = DecisionKind.Custom("zeta");
        var alpha = DecisionKind.Custom("alpha");

        DecisionKind[] sorted = [.. new[] { zeta, DecisionKind.ReintegrationCheckInRecommended, alpha, DecisionKind.CheckInDue }.Order()];

        Assert.Equal([DecisionKind.CheckInDue, DecisionKind.ReintegrationCheckInRecommended, alpha, zeta], sorted);
        Assert.True(DecisionKind.ReintegrationCheckInRecommended < alpha);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MentorAssigned")]
    [InlineData("mentor assigned")]
    [InlineData("mentor_assigned")]
    [InlineData("acme..mentor")]
    [InlineData("acme.")]
    [InlineData(".acme")]
    [InlineData("acme.Mentor")]
    [InlineData("1mentor")]
    [InlineData("mentörAssigned")]
    public void Custom_NotACamelCaseWord_IsRefusedNamingTheExpectedShape(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => DecisionKind.Custom(name));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("camelCase", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_TooLong_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => DecisionKind.Custom(new string('a', DecisionKind.MaxNameLength + 1)));
        Assert.Equal(DecisionKind.MaxNameLength, DecisionKind.Custom(new string('a', DecisionKind.MaxNameLength)).Name.Length);
    }

    [Property(MaxTest = 300)]
    public Property Custom_AnyValidName_RoundTripsAndOrdersConsistentlyWithEquality()
    {
        var part = Gen.Elements("a", "b", "mentor", "plan", "x1", "assigned", "Review", "Due")
            .ArrayOf().Where(a => a.Length > 0).Select(a => a[0].ToLowerInvariant() + string.Concat(a[1..]));
        var name = part.ArrayOf().Where(a => a.Length is > 0 and < 4).Select(a => string.Join('.', a)).Where(n => n.Length <= DecisionKind.MaxNameLength);
        return Prop.ForAll(name.ToArbitrary(), name.ToArbitrary(), (x, y) =>
        {
            var a = DecisionKind.Custom(x);
            var b = DecisionKind.Custom(y);
            return a.Name == x
                && (a.Equals(b) == (x == y))
                && ((a.CompareTo(b) == 0) == a.Equals(b))
                && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
                && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
        });
    }
}
