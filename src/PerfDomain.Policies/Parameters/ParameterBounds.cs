using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfDomain.Policies.Parameters;

/// <summary>
/// The range of every parameter of the built-in packs (docs/policies.md). Check-in intervals are at
/// most a year; every other span of days at most ten years, of months at most ten years: wide
/// enough for any policy, and narrow enough that no date computed from a snapshot's dates (1900 to
/// 2200) and these parameters can leave the calendar.
/// </summary>
internal static partial class ParameterBounds
{
    /// <summary>The longest check-in interval: a year (366 days, for leap years).</summary>
    public const int MaxIntervalDays = 366;

    /// <summary>The longest span of days of any other parameter: ten years.</summary>
    public const int MaxDays = 3_650;

    /// <summary>The longest span of months: ten years.</summary>
    public const int MaxMonths = 120;

    /// <summary>The most probation reviews.</summary>
    public const int MaxProbationReviews = 50;

    /// <summary>The most rows of the merit matrix: one per point of the largest rating scale.</summary>
    public const int MaxMeritRows = 10;

    /// <summary>The longest rating label, as on a rating scale.</summary>
    public const int MaxLabelLength = 100;

    private static readonly Dictionary<string, (int Minimum, int Maximum, string Unit)> Whole = new(StringComparer.Ordinal)
    {
        ["$.reviewCadence.checkInIntervalDays"] = (1, MaxIntervalDays, "days"),
        ["$.reviewCadence.probationCheckInIntervalDays"] = (1, MaxIntervalDays, "days"),
        ["$.reviewCadence.improvementPlanCheckInIntervalDays"] = (1, MaxIntervalDays, "days"),
        ["$.reviewCadence.orgUnitCheckInIntervalDays.*"] = (1, MaxIntervalDays, "days"),
        ["$.reviewCadence.employeeCheckInIntervalDays.*"] = (1, MaxIntervalDays, "days"),
        ["$.reviewCadence.overdueGraceDays"] = (0, MaxDays, "days"),
        ["$.reviewCadence.skipLevelEscalationDays"] = (0, MaxDays, "days"),
        ["$.reviewCadence.humanResourcesEscalationDays"] = (0, MaxDays, "days"),
        ["$.reviewCadence.probationReviewDays[*]"] = (1, MaxDays, "days"),
        ["$.reviewCadence.probationReviewLeadDays"] = (0, MaxDays, "days"),
        ["$.reviewCadence.reviewMinimumTenureDays"] = (0, MaxDays, "days"),
        ["$.reviewCadence.reviewOverdueReportingDays"] = (0, MaxDays, "days"),
        ["$.ratingConsequences.promotionMinimumMonthsInRole"] = (0, MaxMonths, "months"),
        ["$.ratingConsequences.improvementPlanDurationDays"] = (1, MaxDays, "days"),
        ["$.ratingConsequences.feedbackLookbackDays"] = (1, MaxDays, "days"),
        ["$.ratingConsequences.calibrationMinimumGroupSize"] = (2, 100_000, "people"),
        ["$.ratingConsequences.calibrationDistributionMinimumGroupSize"] = (2, 100_000, "people"),
        ["$.developmentTriggers.onboardingWindowDays"] = (1, MaxDays, "days"),
        ["$.developmentTriggers.newManagerWindowDays"] = (1, MaxDays, "days"),
        ["$.developmentTriggers.managerConversationWindowDays"] = (1, MaxDays, "days"),
        ["$.developmentTriggers.reintegrationMinimumLeaveDays"] = (1, MaxDays, "days"),
        ["$.developmentTriggers.reintegrationWindowDays"] = (1, MaxDays, "days"),
        ["$.rewards.rewardsWindowDays"] = (0, MaxDays, "days"),
        ["$.rewards.bonusMinimumDaysInCycle"] = (0, MaxIntervalDays, "days"),
        ["$.rewards.retentionRecognitionMonths"] = (1, MaxMonths, "months"),
        ["$.rewards.retentionRoleChangeMonths"] = (1, MaxMonths, "months"),
        ["$.rewards.retentionNewManagerDays"] = (1, MaxDays, "days"),
    };

    private static readonly Dictionary<string, string> Other = new(StringComparer.Ordinal)
    {
        ["$.ratingConsequences.calibrationMaximumTopShare"] = "a share above 0 and at most 1",
        ["$.developmentTriggers.keyResultAtRiskGap"] = "a share above 0 and at most 1",
        ["$.developmentTriggers.minimumConversationsPerReport"] = "a number between 0 and 100",
        ["$.ratingConsequences.recognitionRatingLabel"] = $"a rating label (text of at most {MaxLabelLength} characters), or null for the top of each scale",
        ["$.reviewCadence.probationReviewDays"] = $"an array of at most {MaxProbationReviews} whole numbers of days between 1 and {MaxDays:N0}, increasing",
        ["$.rewards.meritMatrix"] = $"an array of 1 to {MaxMeritRows} rows (from the top rating point down) of 4 percentages between 0 and 100, each row at most the row above",
        ["$.rewards.meritMatrix[*][*]"] = "a percentage between 0 and 100",
        ["$.rewards.meritMatrix[*]"] = "an array of 4 percentages between 0 and 100, from the lowest-paid quartile or band to the highest",
        ["$.rewards.meritColumns"] = "\"rangeQuartile\" or \"compaRatioBand\"",
        ["$.rewards.compaRatioBandEdges"] = "an array of 3 increasing compa-ratios, each above 0 and at most 2",
        ["$.rewards.compaRatioBandEdges[*]"] = "a compa-ratio above 0 and at most 2",
        ["$.rewards.meritLumpSumAboveMaximum"] = "true or false",
        ["$.rewards.meritBudgetPercent"] = "a percentage between 0 and 100",
        ["$.rewards.retentionCompaRatioBelow"] = "a compa-ratio above 0 and at most 2",
    };

    /// <summary>Gets the bounds of every whole-number parameter by path (a map's values and a list's items as <c>.*</c> and <c>[*]</c>), for tests at the extremes.</summary>
    public static IReadOnlyDictionary<string, (int Minimum, int Maximum, string Unit)> WholeNumbers => Whole;

    /// <summary>What the parameter at <paramref name="path"/> holds, in words, or <see langword="null"/> when no bound is set for it.</summary>
    public static string? Describe(string path)
    {
        var general = General(path);
        if (Whole.TryGetValue(general, out var bounds))
        {
            return Range(bounds);
        }

        return Other.GetValueOrDefault(general);
    }

    /// <summary>Adds the bounds of the parameter at <paramref name="path"/> (<c>$.a.b</c>, a map's values <c>.*</c>, a list's items <c>[*]</c>) to its schema.</summary>
    public static void Annotate(string path, System.Text.Json.Nodes.JsonObject schema)
    {
        if (Whole.TryGetValue(path, out var bounds))
        {
            schema["minimum"] = bounds.Minimum;
            schema["maximum"] = bounds.Maximum;
        }
        else if (path is "$.ratingConsequences.calibrationMaximumTopShare" or "$.developmentTriggers.keyResultAtRiskGap")
        {
            schema["exclusiveMinimum"] = 0;
            schema["maximum"] = 1;
        }
        else if (path == "$.developmentTriggers.minimumConversationsPerReport")
        {
            schema["minimum"] = 0;
            schema["maximum"] = 100;
        }
        else if (path == "$.ratingConsequences.recognitionRatingLabel")
        {
            schema["minLength"] = 1;
            schema["maxLength"] = MaxLabelLength;
        }
        else if (path == "$.reviewCadence.probationReviewDays")
        {
            schema["maxItems"] = MaxProbationReviews;
        }
        else if (path == "$.rewards.meritMatrix")
        {
            schema["minItems"] = 1;
            schema["maxItems"] = MaxMeritRows;
        }
        else if (path is "$.rewards.meritMatrix[*]")
        {
            schema["minItems"] = 4;
            schema["maxItems"] = 4;
        }
        else if (path is "$.rewards.meritMatrix[*][*]" or "$.rewards.meritBudgetPercent")
        {
            schema["minimum"] = 0;
            schema["maximum"] = 100;
        }
        else if (path == "$.rewards.compaRatioBandEdges")
        {
            schema["minItems"] = 3;
            schema["maxItems"] = 3;
        }
        else if (path is "$.rewards.compaRatioBandEdges[*]" or "$.rewards.retentionCompaRatioBelow")
        {
            schema["exclusiveMinimum"] = 0;
            schema["maximum"] = 2;
        }
        else if (path == "$.rewards.meritColumns")
        {
            schema["enum"] = new System.Text.Json.Nodes.JsonArray("rangeQuartile", "compaRatioBand");
        }
    }

    /// <summary>Refuses a whole number outside the range of the parameter at <paramref name="path"/>.</summary>
    public static void Check(int value, string path)
    {
        var bounds = Whole.TryGetValue(General(path), out var found) ? found : throw new ArgumentException($"No bounds are set for '{path}'.", nameof(path));
        if (value < bounds.Minimum || value > bounds.Maximum)
        {
            throw new InvalidParametersException(path, $"is {value.ToString(CultureInfo.InvariantCulture)}; expected {Range(bounds)}.");
        }
    }

    /// <summary>Refuses a share that is not above 0 and at most 1.</summary>
    public static void Share(double value, string path)
    {
        if (!(value > 0 && value <= 1))
        {
            throw new InvalidParametersException(path, $"is {value.ToString(CultureInfo.InvariantCulture)}; expected {Other[path]}.");
        }
    }

    /// <summary>Refuses a number outside 0 to 100.</summary>
    public static void Hundred(double value, string path)
    {
        if (!(value >= 0 && value <= 100))
        {
            throw new InvalidParametersException(path, $"is {value.ToString(CultureInfo.InvariantCulture)}; expected {Other[path]}.");
        }
    }

    /// <summary>Refuses a percentage outside 0 to 100.</summary>
    public static void Percent(double value, string path)
    {
        if (!(value >= 0 && value <= 100))
        {
            throw new InvalidParametersException(path, $"is {value.ToString(CultureInfo.InvariantCulture)}; expected a percentage between 0 and 100.");
        }
    }

    /// <summary>Refuses a compa-ratio that is not above 0 and at most 2.</summary>
    public static void CompaRatio(double value, string path)
    {
        if (!(value > 0 && value <= 2))
        {
            throw new InvalidParametersException(path, $"is {value.ToString(CultureInfo.InvariantCulture)}; expected a compa-ratio above 0 and at most 2.");
        }
    }

    private static string Range((int Minimum, int Maximum, string Unit) bounds) =>
        string.Create(CultureInfo.InvariantCulture, $"a whole number of {bounds.Unit} between {bounds.Minimum:N0} and {bounds.Maximum:N0}");

    // A key of a map as *, an index as [*].
    private static string General(string path) => Index().Replace(Key().Replace(path, "$1.*"), "[*]");

    [GeneratedRegex(@"(CheckInIntervalDays)(\.[^.\[]*|\['.*'\])$", RegexOptions.Singleline)]
    private static partial Regex Key();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
