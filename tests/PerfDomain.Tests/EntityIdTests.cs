using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;
using PerfDomain.Tests.TestSupport;

namespace PerfDomain.Tests;

/// <summary>The contract every typed identifier keeps; one derived class per identifier type.</summary>
/// <typeparam name="T">The identifier type.</typeparam>
public abstract partial class EntityIdTests<T>
    where T : struct, IEntityId<T>
{
    [Fact]
    public void Create_ValidText_KeepsTextAsValueAndToString()
    {
        var id = T.Create("abc-123");

        Assert.Equal("abc-123", id.Value);
        Assert.Equal("abc-123", id.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData(null)]
    public void Create_BlankText_ThrowsArgumentExceptionNamingTheType(string? value)
    {
        DomainAssert.Argument<ArgumentException>("value", () => T.Create(value!), typeof(T).Name, "must not be blank");
    }

    [Fact]
    public void Create_TwoHundredCharacters_IsAccepted()
    {
        var text = new string('x', 200);

        Assert.Equal(text, T.Create(text).Value);
    }

    [Fact]
    public void Create_TwoHundredAndOneCharacters_ThrowsNamingTheLengths()
    {
        var text = new string('y', 201);

        DomainAssert.Argument<ArgumentException>("value", () => T.Create(text), typeof(T).Name, "200", "201", new string('y', 20) + "…");
    }

    [Theory]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("a\t")]
    public void Create_PaddedText_ThrowsNamingTheText(string value)
    {
        DomainAssert.Argument<ArgumentException>("value", () => T.Create(value), typeof(T).Name, $"'{value}'");
    }

    [Fact]
    public void Create_InnerWhiteSpace_IsAccepted()
    {
        Assert.Equal("a b", T.Create("a b").Value);
    }

    [Fact]
    public void Equality_SameText_EqualAndOperatorsAgree()
    {
        ValueContract.EqualityWithOperators(T.Create("e-1"), T.Create("e-1"), T.Create("e-2"), T.Create("E-1"), default);
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        // Ordinal: upper case sorts before lower case, unlike culture-aware comparison.
        ValueContract.Comparison(T.Create("B"), T.Create("B"), T.Create("a"));
        ValueContract.Comparison(T.Create("a"), T.Create("a"), T.Create("ab"));
    }

    [Fact]
    public void Default_HasEmptyToStringAndSortsFirst()
    {
        T none = default;

        Assert.Equal(string.Empty, none.ToString());
        Assert.True(none.CompareTo(T.Create("a")) < 0);
        Assert.Equal(default, none);
    }
}

public sealed class EmployeeIdTests : EntityIdTests<EmployeeId>;

public sealed class OrgUnitIdTests : EntityIdTests<OrgUnitId>;

public sealed class CycleIdTests : EntityIdTests<CycleId>;

public sealed class ObjectiveIdTests : EntityIdTests<ObjectiveId>;

public sealed class KeyResultIdTests : EntityIdTests<KeyResultId>;

public sealed class CheckInIdTests : EntityIdTests<CheckInId>;

public sealed class FeedbackNoteIdTests : EntityIdTests<FeedbackNoteId>;

public sealed class ReviewIdTests : EntityIdTests<ReviewId>;

public sealed class CompetencyIdTests : EntityIdTests<CompetencyId>;

public sealed class DevelopmentPlanIdTests : EntityIdTests<DevelopmentPlanId>;

public sealed class DevelopmentActionIdTests : EntityIdTests<DevelopmentActionId>;

public sealed class ImprovementPlanIdTests : EntityIdTests<ImprovementPlanId>;

public sealed class RecognitionIdTests : EntityIdTests<RecognitionId>;
