using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Tests.Facts;

/// <summary>
/// Each comparison of <see cref="EvaluationDate"/> tells the first day its answer can change: the answer is the same on
/// every day before it and differs on it; no day is told when the answer never changes going forward.
/// </summary>
public sealed class EvaluationDateProperties
{
    private static readonly LocalDate Origin = new(2026, 1, 1);

    private static readonly Dictionary<string, Func<EvaluationDate, LocalDate, LocalDate, bool>> Tests = new()
    {
        ["IsAfter"] = (t, x, _) => t.IsAfter(x),
        ["IsOnOrAfter"] = (t, x, _) => t.IsOnOrAfter(x),
        ["IsBefore"] = (t, x, _) => t.IsBefore(x),
        ["IsOnOrBefore"] = (t, x, _) => t.IsOnOrBefore(x),
        ["IsWithin"] = (t, x, y) => t.IsWithin(x <= y ? new DateInterval(x, y) : new DateInterval(y, x)),
        ["HasElapsedMoreThan"] = (t, x, y) => t.HasElapsedMoreThan(x <= y ? new DateInterval(x, y) : new DateInterval(y, x), Fraction(x, y)),
        ["HasElapsedAtLeast"] = (t, x, y) => t.HasElapsedAtLeast(x <= y ? new DateInterval(x, y) : new DateInterval(y, x), Fraction(x, y)),
        ["AsOf"] = (t, x, _) => t.AsOf.PlusDays(Period.DaysBetween(Origin, x) % 7).Day % 2 == 0,
    };

    public static TheoryData<string> Comparisons() => [.. Tests.Keys];

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void EveryComparison_TellsTheFirstDayItsAnswerChanges(string comparison)
    {
        var test = Tests[comparison];
        Prop.ForAll(Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (today, x, y) =>
        {
            var asOf = Origin.PlusDays(today);
            var (a, b) = (Origin.PlusDays(x), Origin.PlusDays(y));
            var listener = new Listener();
            bool answer;
            using (DateHorizon.Listen(listener))
            {
                answer = test(new EvaluationDate(asOf), a, b);
            }

            var told = listener.Days.Count == 0 ? (LocalDate?)null : listener.Days.Min();
            Assert.True(told is null || told > asOf, $"{comparison} told {told}, not after {asOf}");
            var until = told ?? asOf.PlusDays(900);
            for (var day = asOf.PlusDays(1); day < until; day = day.PlusDays(1))
            {
                Assert.True(test(new EvaluationDate(day), a, b) == answer, $"{comparison}({a}, {b}) as of {asOf} is {answer}, and differs on {day}, before the day told ({told?.ToString() ?? "none"})");
            }

            // The day told is the first that differs for the comparisons that know their day exactly; reading AsOf tells the next day.
            if (told is { } t && comparison != "AsOf")
            {
                Assert.NotEqual(answer, test(new EvaluationDate(t), a, b));
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NoListener_ComparisonsTellNothingAndAnswerAlike()
    {
        var today = new EvaluationDate(Origin);

        Assert.True(today.IsAfter(Origin.PlusDays(-1)));
        Assert.False(today.IsAfter(Origin));
        Assert.True(today.IsWithin(new DateInterval(Origin, Origin)));
        Assert.False(DateHorizon.IsObserved);
    }

    [Fact]
    public void IsAfter_TheLastDayOfTheCalendar_TellsNoDayAfterIt()
    {
        var listener = new Listener();
        using (DateHorizon.Listen(listener))
        {
            Assert.False(new EvaluationDate(Origin).IsAfter(LocalDate.MaxIsoValue));
        }

        Assert.Empty(listener.Days);
    }

    private static double Fraction(LocalDate x, LocalDate y) => ((x.Day + y.Day) % 10) / 10.0;

    private sealed class Listener : IDateHorizonListener
    {
        public List<LocalDate> Days { get; } = [];

        public void ChangesOn(LocalDate day) => Days.Add(day);
    }
}
