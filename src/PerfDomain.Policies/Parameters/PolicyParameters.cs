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
    /// <summary>Gets the defaults of every pack.</summary>
    public static PolicyParameters Default { get; } = new();

    /// <summary>Gets the review-cadence parameters.</summary>
    public CadenceParameters ReviewCadence { get; init; } = new();

    /// <summary>Gets the rating-consequences parameters.</summary>
    public ConsequenceParameters RatingConsequences { get; init; } = new();

    /// <summary>Gets the development-triggers parameters.</summary>
    public DevelopmentParameters DevelopmentTriggers { get; init; } = new();

    /// <summary>Gets the rewards parameters.</summary>
    public RewardParameters Rewards { get; init; } = new();

    /// <summary>Reads parameters from JSON, validating them.</summary>
    /// <param name="json">The JSON text (a leading byte order mark is skipped); members left out keep their defaults.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="InvalidParametersException">The JSON is malformed, null or repeats a member, names an unknown parameter, or a value is of the wrong kind or outside its bounds.</exception>
    public static PolicyParameters FromJson(string json)
    {
        Guard.Against.Null(json);
        var parameters = ParameterJson.Read(json);
        parameters.Validate();
        return parameters;
    }

    /// <summary>Reads parameters from UTF-8 JSON, such as the bytes of a parameter file, validating them.</summary>
    /// <param name="utf8Json">The UTF-8 text, with or without a byte order mark; members left out keep their defaults.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="InvalidParametersException">
    /// The text is UTF-16 or UTF-32 (named in the message), the JSON is malformed, null or repeats a member, names an
    /// unknown parameter, or a value is of the wrong kind or outside its bounds.
    /// </exception>
    public static PolicyParameters FromJson(ReadOnlySpan<byte> utf8Json)
    {
        var parameters = ParameterJson.Read(utf8Json);
        parameters.Validate();
        return parameters;
    }

    /// <summary>Writes the parameters as JSON, every member included.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ParameterJson.Info);

    /// <summary>Checks that every value makes sense on its own and lies within its documented bounds.</summary>
    /// <exception cref="InvalidParametersException">The first value that does not.</exception>
    public void Validate()
    {
        const string cadence = "$.reviewCadence";
        var c = ReviewCadence ?? throw new InvalidParametersException(cadence, "must not be null.");
        ParameterBounds.Check(c.CheckInIntervalDays, $"{cadence}.checkInIntervalDays");
        ParameterBounds.Check(c.ProbationCheckInIntervalDays, $"{cadence}.probationCheckInIntervalDays");
        ParameterBounds.Check(c.ImprovementPlanCheckInIntervalDays, $"{cadence}.improvementPlanCheckInIntervalDays");
        Overrides(c.OrgUnitCheckInIntervalDays, $"{cadence}.orgUnitCheckInIntervalDays", "org unit");
        Overrides(c.EmployeeCheckInIntervalDays, $"{cadence}.employeeCheckInIntervalDays", "employee");
        ParameterBounds.Check(c.OverdueGraceDays, $"{cadence}.overdueGraceDays");
        ParameterBounds.Check(c.SkipLevelEscalationDays, $"{cadence}.skipLevelEscalationDays");
        ParameterBounds.Check(c.HumanResourcesEscalationDays, $"{cadence}.humanResourcesEscalationDays");
        if (c.HumanResourcesEscalationDays < c.SkipLevelEscalationDays)
        {
            throw new InvalidParametersException($"{cadence}.humanResourcesEscalationDays", $"is {c.HumanResourcesEscalationDays}, before the skip-level escalation ({c.SkipLevelEscalationDays}); escalation goes manager, skip-level, then HR.");
        }

        var probationDays = c.ProbationReviewDays ?? throw new InvalidParametersException($"{cadence}.probationReviewDays", "must not be null.");
        if (probationDays.Count > ParameterBounds.MaxProbationReviews)
        {
            throw new InvalidParametersException($"{cadence}.probationReviewDays", $"has {probationDays.Count} days; expected at most {ParameterBounds.MaxProbationReviews}.");
        }

        for (var i = 0; i < probationDays.Count; i++)
        {
            ParameterBounds.Check(probationDays[i], $"{cadence}.probationReviewDays[{i}]");
            if (i > 0 && probationDays[i] <= probationDays[i - 1])
            {
                throw new InvalidParametersException($"{cadence}.probationReviewDays[{i}]", $"is {probationDays[i]}; probation review days must increase.");
            }
        }

        ParameterBounds.Check(c.ProbationReviewLeadDays, $"{cadence}.probationReviewLeadDays");
        ParameterBounds.Check(c.ReviewMinimumTenureDays, $"{cadence}.reviewMinimumTenureDays");
        ParameterBounds.Check(c.ReviewOverdueReportingDays, $"{cadence}.reviewOverdueReportingDays");

        const string consequences = "$.ratingConsequences";
        var r = RatingConsequences ?? throw new InvalidParametersException(consequences, "must not be null.");
        if (r.RecognitionRatingLabel is { } label)
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                throw new InvalidParametersException($"{consequences}.recognitionRatingLabel", "must not be blank; leave it out for the top point of the scale.");
            }

            if (label.Length > ParameterBounds.MaxLabelLength)
            {
                throw new InvalidParametersException($"{consequences}.recognitionRatingLabel", $"has {label.Length:N0} characters; a rating label has at most {ParameterBounds.MaxLabelLength}.");
            }
        }

        ParameterBounds.Check(r.PromotionMinimumMonthsInRole, $"{consequences}.promotionMinimumMonthsInRole");
        ParameterBounds.Check(r.ImprovementPlanDurationDays, $"{consequences}.improvementPlanDurationDays");
        ParameterBounds.Check(r.FeedbackLookbackDays, $"{consequences}.feedbackLookbackDays");
        ParameterBounds.Check(r.CalibrationMinimumGroupSize, $"{consequences}.calibrationMinimumGroupSize");
        ParameterBounds.Check(r.CalibrationDistributionMinimumGroupSize, $"{consequences}.calibrationDistributionMinimumGroupSize");
        ParameterBounds.Share(r.CalibrationMaximumTopShare, $"{consequences}.calibrationMaximumTopShare");

        const string development = "$.developmentTriggers";
        var d = DevelopmentTriggers ?? throw new InvalidParametersException(development, "must not be null.");
        ParameterBounds.Share(d.KeyResultAtRiskGap, $"{development}.keyResultAtRiskGap");
        ParameterBounds.Check(d.OnboardingWindowDays, $"{development}.onboardingWindowDays");
        ParameterBounds.Check(d.NewManagerWindowDays, $"{development}.newManagerWindowDays");
        ParameterBounds.Check(d.ManagerConversationWindowDays, $"{development}.managerConversationWindowDays");
        ParameterBounds.Hundred(d.MinimumConversationsPerReport, $"{development}.minimumConversationsPerReport");
        ParameterBounds.Check(d.ReintegrationMinimumLeaveDays, $"{development}.reintegrationMinimumLeaveDays");
        ParameterBounds.Check(d.ReintegrationWindowDays, $"{development}.reintegrationWindowDays");

        (Rewards ?? throw new InvalidParametersException("$.rewards", "must not be null.")).Validate("$.rewards");
    }

    private static void Overrides(IReadOnlyDictionary<string, int>? overrides, string path, string kind)
    {
        foreach (var (id, days) in overrides ?? throw new InvalidParametersException(path, "must not be null."))
        {
            var at = path + ParameterJson.Key(id);
            if (string.IsNullOrWhiteSpace(id) || id.Length > 200 || char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
            {
                throw new InvalidParametersException(at, $"is not the id of {(kind[0] is 'e' or 'o' ? "an" : "a")} {kind}: an id is text of 1 to 200 characters without white space at either end.");
            }

            ParameterBounds.Check(days, at);
        }
    }
}
