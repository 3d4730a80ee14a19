using NodaTime;
using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.TalentReview;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// What a talent review reads about an employee on the as-of date, in one fact: their latest calibrated rating and
/// potential, their compa-ratio, their latest recognition.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="RatingCycleId">The cycle of their latest calibrated rating, if any.</param>
/// <param name="Rating">That rating.</param>
/// <param name="RatingLabel">Its label.</param>
/// <param name="TopRating">The top point of its scale.</param>
/// <param name="PotentialCycleId">The cycle of their latest calibrated potential, if any.</param>
/// <param name="Potential">That potential.</param>
/// <param name="CompaRatio">Their compa-ratio, when pay is on record.</param>
/// <param name="LastRecognisedOn">The day of their latest recognition or reward of any kind, if any.</param>
/// <remarks>Every employee hired by the as-of date has one. Identity is <see cref="EmployeeId"/> (apart from the employee fact's).</remarks>
public sealed record TalentFact(
    EmployeeId EmployeeId,
    CycleId? RatingCycleId,
    int? Rating,
    string? RatingLabel,
    int? TopRating,
    CycleId? PotentialCycleId,
    PotentialLevel? Potential,
    decimal? CompaRatio,
    LocalDate? LastRecognisedOn) : IExplainableFact, IIdentityProvider
{
    /// <summary>Gets whether the latest calibrated rating is one of the top two points of its scale.</summary>
    public bool IsTopTwo => Rating is { } rating && TopRating is { } top && rating >= top - 1;

    /// <summary>Gets whether the latest calibrated potential is high.</summary>
    public bool IsHighPotential => Potential == PotentialLevel.High;

    /// <summary>Gets whether the employee is a high performer: a top-two calibrated rating or a high calibrated potential.</summary>
    public bool IsHighPerformer => IsTopTwo || IsHighPotential;

    /// <inheritdoc/>
    public object GetIdentity() => (nameof(TalentFact), EmployeeId);

    /// <inheritdoc/>
    public FactReference Describe() => new("Talent", EmployeeId.Value, FactFormat.Values(
        ("ratingCycleId", RatingCycleId?.Value),
        ("rating", Rating),
        ("ratingLabel", RatingLabel),
        ("potential", Potential),
        ("compaRatio", CompaRatio is { } ratio ? Math.Round(ratio, 3) : null),
        ("lastRecognisedOn", LastRecognisedOn)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Talent e-017 (rating=5, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
