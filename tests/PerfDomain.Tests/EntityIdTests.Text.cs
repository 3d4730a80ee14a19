using System.Globalization;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Tests;

/// <summary>The text form: <see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/>, <see cref="ISpanFormattable"/>.</summary>
public abstract partial class EntityIdTests<T>
{
    private static readonly Dictionary<Type, string> DomainWords = new()
    {
        [typeof(EmployeeId)] = "an employee id",
        [typeof(OrgUnitId)] = "an org unit id",
        [typeof(CycleId)] = "a cycle id",
        [typeof(ObjectiveId)] = "an objective id",
        [typeof(KeyResultId)] = "a key result id",
        [typeof(CheckInId)] = "a check-in id",
        [typeof(FeedbackNoteId)] = "a feedback note id",
        [typeof(ReviewId)] = "a review id",
        [typeof(CompetencyId)] = "a competency id",
        [typeof(DevelopmentPlanId)] = "a development plan id",
        [typeof(DevelopmentActionId)] = "a development action id",
        [typeof(ImprovementPlanId)] = "an improvement plan id",
        [typeof(RecognitionId)] = "a recognition id",
    };

    public static TheoryData<string, string> InvalidTexts() => new()
    {
        { string.Empty, "'' is not {0}: it is blank." },
        { " \t", "' \t' is not {0}: it is blank." },
        { " e-1", "' e-1' is not {0}: it starts or ends with white space." },
        { "e-1\n", "'e-1\n' is not {0}: it starts or ends with white space." },
        { new string('z', 201), $"'{new string('z', 20)}…' is not {{0}}: it has 201 characters, more than the 200 allowed." },
    };

    [Theory]
    [InlineData("e-018")]
    [InlineData("a b")]
    [InlineData("Ünïcødé-✓")]
    public void Parse_ValidText_IsCreate(string text)
    {
        var expected = T.Create(text);

        Assert.Equal(expected, ParseString<T>(text, CultureInfo.InvariantCulture));
        Assert.Equal(expected, T.Parse(text.AsSpan(), provider: null));
        Assert.True(TryParseString<T>(text, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.True(T.TryParse(text.AsSpan(), null, out parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void Parse_InvalidText_ThrowsFormatExceptionInDomainWords(string text, string message)
    {
        var expected = string.Format(CultureInfo.InvariantCulture, message, DomainWords[typeof(T)]);

        Assert.Equal(expected, Assert.Throws<FormatException>(() => ParseString<T>(text, null)).Message);
        Assert.Equal(expected, Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null)).Message);
    }

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void TryParse_InvalidText_IsFalseAndDefault(string text, string message)
    {
        _ = message;

        Assert.False(TryParseString<T>(text, out var parsed));
        Assert.Equal(default, parsed);
        Assert.False(T.TryParse(text.AsSpan(), null, out parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull_TryParseIsFalse()
    {
        Assert.Throws<ArgumentNullException>(() => ParseString<T>(null!, null));
        Assert.False(TryParseString<T>(null, out _));
    }

    [Fact]
    public void ParseWithoutProvider_IsPublicOnTheType()
    {
        // What a host calls (EmployeeId.Parse("e-1"), EmployeeId.TryParse(s, out var id)) exists on every id type.
        var parse = typeof(T).GetMethod("Parse", [typeof(string)]);
        var tryParse = typeof(T).GetMethod("TryParse", [typeof(string), typeof(T).MakeByRefType()]);

        Assert.Equal(T.Create("x"), parse!.Invoke(null, ["x"]));
        object?[] arguments = ["x", null];
        Assert.Equal(true, tryParse!.Invoke(null, arguments));
        Assert.Equal(T.Create("x"), arguments[1]);
    }

    [Fact]
    public void Format_IsTheText_InInterpolationAndSpans()
    {
        var id = T.Create("e-042");
        Span<char> room = stackalloc char[8];

        Assert.Equal("e-042", id.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("e-042", id.ToString("G", null));
        Assert.Equal("[e-042]", $"[{id}]");
        Assert.True(id.TryFormat(room, out var written, default, null));
        Assert.Equal("e-042", room[..written].ToString());
        Assert.False(id.TryFormat(room[..4], out written, "G", null));
        Assert.Equal(0, written);
        Assert.Equal(string.Empty, default(T).ToString(null, null));
    }

    [Fact]
    public void Format_UnknownFormat_ThrowsNamingIt()
    {
        var id = T.Create("e-042");

        var error = Assert.Throws<FormatException>(() => id.ToString("N", null));
        Assert.Contains("'N'", error.Message, StringComparison.Ordinal);
        Assert.Contains(DomainWords[typeof(T)], error.Message, StringComparison.Ordinal);
    }

    // T.Parse(string, …) in generic code binds to ISpanParsable's span overload (the more derived interface wins
    // overload resolution): go through IParsable to reach the string overloads.
    private static TId ParseString<TId>(string s, IFormatProvider? provider)
        where TId : IParsable<TId> => TId.Parse(s, provider);

    private static bool TryParseString<TId>(string? s, out TId result)
        where TId : IParsable<TId> => TId.TryParse(s, null, out result!);
}
