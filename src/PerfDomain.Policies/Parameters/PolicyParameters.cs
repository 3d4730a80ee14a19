using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace PerfDomain.Policies.Parameters;

/// <summary>
/// The parameters of the built-in packs, one record each, as bound from a JSON parameter file such as
/// <c>{ "reviewCadence": { "checkInIntervalDays": 14 } }</c>; anything left out keeps its default.
/// </summary>
/// <remarks>Immutable; tenants differ by their parameters, not by compiled rules. Thread-safe.</remarks>
public sealed record PolicyParameters
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        WriteIndented = true,
    };

    /// <summary>Gets the defaults of every pack.</summary>
    public static PolicyParameters Default { get; } = new();

    /// <summary>Gets the review-cadence parameters.</summary>
    public CadenceParameters ReviewCadence { get; init; } = new();

    /// <summary>Gets the rating-consequences parameters.</summary>
    public ConsequenceParameters RatingConsequences { get; init; } = new();

    /// <summary>Gets the development-triggers parameters.</summary>
    public DevelopmentParameters DevelopmentTriggers { get; init; } = new();

    /// <summary>Reads parameters from JSON, validating them.</summary>
    /// <param name="json">The JSON text; members left out keep their defaults.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="InvalidParametersException">The JSON is malformed, names an unknown parameter, or a value is invalid.</exception>
    public static PolicyParameters FromJson(string json)
    {
        Guard.Against.Null(json);
        PolicyParameters? parameters;
        try
        {
            parameters = JsonSerializer.Deserialize<PolicyParameters>(json, Options);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            message = cut >= 0 ? message[..cut] : message;
            if (message.Contains("could not be mapped", StringComparison.Ordinal))
            {
                message = $"unknown parameter '{message.Split('\'')[1]}'";
            }

            throw new InvalidParametersException(string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path, message.TrimEnd('.') + (ex.LineNumber is { } line ? $" (line {line + 1})." : "."), ex);
        }

        parameters ??= Default;
        parameters.Validate();
        return parameters;
    }

    /// <summary>Writes the parameters as JSON, every member included.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Checks that every value makes sense on its own.</summary>
    /// <exception cref="InvalidParametersException">The first value that does not.</exception>
    public void Validate()
    {
        const string cadence = "$.reviewCadence";
        var c = ReviewCadence ?? throw new InvalidParametersException(cadence, "must not be null.");
        Positive(c.CheckInIntervalDays, $"{cadence}.checkInIntervalDays");
        Positive(c.ProbationCheckInIntervalDays, $"{cadence}.probationCheckInIntervalDays");
        Positive(c.ImprovementPlanCheckInIntervalDays, $"{cadence}.improvementPlanCheckInIntervalDays");
        foreach (var (unit, days) in c.OrgUnitCheckInIntervalDays ?? throw new InvalidParametersException($"{cadence}.orgUnitCheckInIntervalDays", "must not be null."))
        {
            Positive(days, $"{cadence}.orgUnitCheckInIntervalDays.{unit}");
        }

        foreach (var (employee, days) in c.EmployeeCheckInIntervalDays ?? throw new InvalidParametersException($"{cadence}.employeeCheckInIntervalDays", "must not be null."))
        {
            Positive(days, $"{cadence}.employeeCheckInIntervalDays.{employee}");
        }

        NotNegative(c.OverdueGraceDays, $"{cadence}.overdueGraceDays");
        NotNegative(c.SkipLevelEscalationDays, $"{cadence}.skipLevelEscalationDays");
        if (c.HumanResourcesEscalationDays < c.SkipLevelEscalationDays)
        {
            throw new InvalidParametersException($"{cadence}.humanResourcesEscalationDays", $"is {c.HumanResourcesEscalationDays}, before the skip-level escalation ({c.SkipLevelEscalationDays}); escalation goes manager, skip-level, then HR.");
        }

        var probationDays = c.ProbationReviewDays ?? throw new InvalidParametersException($"{cadence}.probationReviewDays", "must not be null.");
        for (var i = 0; i < probationDays.Count; i++)
        {
            Positive(probationDays[i], $"{cadence}.probationReviewDays[{i}]");
            if (i > 0 && probationDays[i] <= probationDays[i - 1])
            {
                throw new InvalidParametersException($"{cadence}.probationReviewDays[{i}]", $"is {probationDays[i]}; probation review days must increase.");
            }
        }

        NotNegative(c.ProbationReviewLeadDays, $"{cadence}.probationReviewLeadDays");
        NotNegative(c.ReviewMinimumTenureDays, $"{cadence}.reviewMinimumTenureDays");
        NotNegative(c.ReviewOverdueReportingDays, $"{cadence}.reviewOverdueReportingDays");

        const string consequences = "$.ratingConsequences";
        var r = RatingConsequences ?? throw new InvalidParametersException(consequences, "must not be null.");
        if (r.RecognitionRatingLabel is { } label && string.IsNullOrWhiteSpace(label))
        {
            throw new InvalidParametersException($"{consequences}.recognitionRatingLabel", "must not be blank; leave it out for the top point of the scale.");
        }

        NotNegative(r.PromotionMinimumMonthsInRole, $"{consequences}.promotionMinimumMonthsInRole");
        Positive(r.ImprovementPlanDurationDays, $"{consequences}.improvementPlanDurationDays");
        Positive(r.FeedbackLookbackDays, $"{consequences}.feedbackLookbackDays");
        if (r.CalibrationMinimumGroupSize < 2)
        {
            throw new InvalidParametersException($"{consequences}.calibrationMinimumGroupSize", $"is {r.CalibrationMinimumGroupSize}; a distribution needs a group of at least 2.");
        }

        Share(r.CalibrationMaximumTopShare, $"{consequences}.calibrationMaximumTopShare");

        const string development = "$.developmentTriggers";
        var d = DevelopmentTriggers ?? throw new InvalidParametersException(development, "must not be null.");
        Share(d.KeyResultAtRiskGap, $"{development}.keyResultAtRiskGap");
        Positive(d.OnboardingWindowDays, $"{development}.onboardingWindowDays");
        Positive(d.NewManagerWindowDays, $"{development}.newManagerWindowDays");
        Positive(d.ManagerConversationWindowDays, $"{development}.managerConversationWindowDays");
        if (d.MinimumConversationsPerReport < 0 || double.IsNaN(d.MinimumConversationsPerReport))
        {
            throw new InvalidParametersException($"{development}.minimumConversationsPerReport", $"is {d.MinimumConversationsPerReport}; it must not be negative.");
        }

        Positive(d.ReintegrationMinimumLeaveDays, $"{development}.reintegrationMinimumLeaveDays");
        Positive(d.ReintegrationWindowDays, $"{development}.reintegrationWindowDays");
    }

    private static void Positive(int value, string path)
    {
        if (value <= 0)
        {
            throw new InvalidParametersException(path, $"is {value}; it must be a positive number of days.");
        }
    }

    private static void NotNegative(int value, string path)
    {
        if (value < 0)
        {
            throw new InvalidParametersException(path, $"is {value}; it must not be negative.");
        }
    }

    private static void Share(double value, string path)
    {
        if (!(value > 0 && value <= 1))
        {
            throw new InvalidParametersException(path, $"is {value}; it must be a share above 0 and at most 1.");
        }
    }
}
